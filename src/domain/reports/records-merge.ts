/**
 * How imported completion records combine. One record is kept per learner and assignment: the one
 * exported last. Importing the same records again changes nothing, an older record never replaces a
 * newer one, and the result does not depend on the order records arrive in.
 */
import { readRecordText } from './record-codec';
import type { CompletionRecord, LearnerIdentity, ReadItem } from './record-codec';

export interface StoredRecord {
  /** `learnerKey|assignmentId` */
  key: string;
  learnerKey: string;
  checksum: string;
  importedAt: string;
  record: CompletionRecord;
}

const normalise = (text: string) => text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/** Who a record is about: the employee id if given, else the email, else the name. */
export function learnerKey(learner: LearnerIdentity): string {
  const employeeId = normalise(learner.employeeId ?? '');
  if (employeeId) return `id:${employeeId}`;
  const email = normalise(learner.email ?? '');
  if (email) return `email:${email}`;
  return `name:${normalise(learner.name)}`;
}

export const recordKey = (record: CompletionRecord) =>
  `${learnerKey(record.learner)}|${record.assignment.id}`;

/** Orders two versions of a record: the later export wins; equal times fall back to the checksum. */
export function compareVersions(
  a: { record: CompletionRecord; checksum: string },
  b: { record: CompletionRecord; checksum: string },
): number {
  const at = Date.parse(a.record.exportedAt);
  const bt = Date.parse(b.record.exportedAt);
  if (at !== bt) return at < bt ? -1 : 1;
  return a.checksum < b.checksum ? -1 : a.checksum > b.checksum ? 1 : 0;
}

export type ImportOutcome = 'accepted' | 'updated' | 'duplicate' | 'older' | 'rejected';

export interface ImportResult {
  source: string;
  outcome: ImportOutcome;
  message: string;
  /** The record's key, when it was read. */
  key?: string;
}

export interface ImportBatch {
  /** Every record after the import. Unchanged records are the same objects as before. */
  records: Map<string, StoredRecord>;
  /** Records added or replaced, to be saved. */
  changed: StoredRecord[];
  results: ImportResult[];
}

const who = (record: CompletionRecord) => `${record.learner.name.trim()}, ${record.assignment.group.trim()}`;

/** Folds read records into what is already imported. Never throws. */
export function importReadings(
  current: ReadonlyMap<string, StoredRecord>,
  items: readonly ReadItem[],
  now: Date,
): ImportBatch {
  const records = new Map(current);
  const changed = new Map<string, StoredRecord>();
  const results: ImportResult[] = [];
  const importedAt = now.toISOString();
  for (const { source, reading } of items) {
    if (!reading.ok) {
      results.push({ source, outcome: 'rejected', message: reading.message });
      continue;
    }
    const { record, checksum } = reading;
    const key = recordKey(record);
    const existing = records.get(key);
    if (existing && existing.checksum === checksum) {
      results.push({ source, key, outcome: 'duplicate', message: `Already imported: ${who(record)}.` });
      continue;
    }
    if (existing && compareVersions(existing, reading) > 0) {
      results.push({
        source,
        key,
        outcome: 'older',
        message: `Not used: the record already imported for ${who(record)} is newer, so it was kept.`,
      });
      continue;
    }
    const stored: StoredRecord = {
      key,
      learnerKey: learnerKey(record.learner),
      checksum,
      importedAt,
      record,
    };
    records.set(key, stored);
    changed.set(key, stored);
    results.push(
      existing
        ? { source, key, outcome: 'updated', message: `Updated with a newer record: ${who(record)}.` }
        : { source, key, outcome: 'accepted', message: `Accepted: ${who(record)}.` },
    );
  }
  return { records, changed: [...changed.values()], results };
}

/** Reads files' or pastes' text and folds the records in. Never throws. */
export function importTexts(
  current: ReadonlyMap<string, StoredRecord>,
  inputs: readonly { source: string; text: string }[],
  now: Date,
): ImportBatch {
  const items = inputs.flatMap(({ source, text }) => readRecordText(text, source, now));
  return importReadings(current, items, now);
}

export type OutcomeCounts = Record<ImportOutcome, number>;

export function countOutcomes(results: readonly ImportResult[]): OutcomeCounts {
  const counts: OutcomeCounts = { accepted: 0, updated: 0, duplicate: 0, older: 0, rejected: 0 };
  for (const r of results) counts[r.outcome] += 1;
  return counts;
}

/** Every record but a learner's. */
export function withoutLearner(
  records: ReadonlyMap<string, StoredRecord>,
  key: string,
): Map<string, StoredRecord> {
  return new Map([...records].filter(([, r]) => r.learnerKey !== key));
}
