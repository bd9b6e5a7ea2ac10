/**
 * How imported completion records combine. One record is kept per learner and assignment: the one
 * exported last. Importing the same records again changes nothing, an older record never replaces a
 * newer one, and which records are kept does not depend on the order they arrive in.
 *
 * Two records with the same employee id or email but different names are never folded together: both are
 * kept, the table marks the conflict, and HR chooses which is right.
 */
import { readRecordText } from './record-codec';
import type { CompletionRecord, LearnerIdentity, ReadItem } from './record-codec';

export interface StoredRecord {
  /** `learnerKey|assignmentId`, or `learnerKey|assignmentId|name:…` for a record in conflict with it. */
  key: string;
  learnerKey: string;
  checksum: string;
  importedAt: string;
  /** The record format it was sealed with; absent in records stored before format 2 (format 1). */
  version?: number;
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

/** The name as compared between records: case, spacing and Unicode spelling ignored. */
export const sameName = (a: CompletionRecord, b: CompletionRecord) =>
  normalise(a.learner.name) === normalise(b.learner.name);

/** Where a record that conflicts with the one at `recordKey` is kept. */
export const conflictKey = (record: CompletionRecord) =>
  `${recordKey(record)}|name:${normalise(record.learner.name)}`;

/**
 * Where an incoming record goes among what is stored: the same person's earlier version of it (same key
 * and same name) if there is one; a key of its own when a different name holds the learner's key; its
 * plain key otherwise.
 */
function placeRecord(
  siblings: readonly StoredRecord[],
  record: CompletionRecord,
): { key: string; existing: StoredRecord | undefined } {
  const same = siblings.find((s) => sameName(s.record, record));
  if (same) return { key: same.key, existing: same };
  const plain = recordKey(record);
  return siblings.some((s) => s.key === plain)
    ? { key: conflictKey(record), existing: undefined }
    : { key: plain, existing: undefined };
}

/** The stored records of one learner and assignment: one, or several in conflict. */
export function groupByRecordKey(records: Iterable<StoredRecord>): Map<string, StoredRecord[]> {
  const groups = new Map<string, StoredRecord[]>();
  for (const stored of records) {
    const key = recordKey(stored.record);
    const group = groups.get(key);
    if (group) group.push(stored);
    else groups.set(key, [stored]);
  }
  return groups;
}

/** The keys HR's choice removes: every other record in conflict with the one kept. */
export function conflictLosers(records: Iterable<StoredRecord>, keep: string): string[] {
  const all = [...records];
  const kept = all.find((r) => r.key === keep);
  if (!kept) return [];
  const base = recordKey(kept.record);
  return all.filter((r) => r.key !== keep && recordKey(r.record) === base).map((r) => r.key);
}

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

export type ImportOutcome = 'accepted' | 'updated' | 'conflict' | 'duplicate' | 'older' | 'rejected';

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
function importReadings(
  current: ReadonlyMap<string, StoredRecord>,
  items: readonly ReadItem[],
  now: Date,
): ImportBatch {
  const records = new Map(current);
  const groups = groupByRecordKey(current.values());
  const changed = new Map<string, StoredRecord>();
  const results: ImportResult[] = [];
  const importedAt = now.toISOString();
  for (const { source, reading } of items) {
    if (!reading.ok) {
      results.push({ source, outcome: 'rejected', message: reading.message });
      continue;
    }
    const { record, checksum, version } = reading;
    const base = recordKey(record);
    const siblings = groups.get(base) ?? [];
    const { key, existing } = placeRecord(siblings, record);
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
      version,
      record,
    };
    records.set(key, stored);
    changed.set(key, stored);
    groups.set(base, [...siblings.filter((s) => s.key !== key), stored]);
    const rival = siblings.find((s) => !sameName(s.record, record));
    results.push(
      existing
        ? { source, key, outcome: 'updated', message: `Updated with a newer record: ${who(record)}.` }
        : rival
          ? {
              source,
              key,
              outcome: 'conflict',
              message: `Kept beside ${rival.record.learner.name.trim()}’s record: both give ${idOf(record)} but different names. Choose the right one in the Learners table.`,
            }
          : { source, key, outcome: 'accepted', message: `Accepted: ${who(record)}.` },
    );
  }
  return { records, changed: [...changed.values()], results };
}

const idOf = (record: CompletionRecord) =>
  record.learner.employeeId?.trim()
    ? `employee id ${record.learner.employeeId.trim()}`
    : `email ${record.learner.email?.trim() ?? ''}`;

/** A file's text, or a file that could not be read at all (moved, locked, unreadable on disk). */
export type ImportInput = { source: string; text: string } | { source: string; unreadable: true };

/** Reads files' or pastes' text and folds the records in. Never throws. */
export function importTexts(
  current: ReadonlyMap<string, StoredRecord>,
  inputs: readonly ImportInput[],
  now: Date,
): ImportBatch {
  const items = inputs.flatMap((input): ReadItem[] =>
    'text' in input
      ? readRecordText(input.text, input.source, now)
      : [
          {
            source: input.source,
            reading: {
              ok: false,
              reason: 'damaged',
              message:
                'The file could not be read (it may have been moved, or be locked or damaged). The other files were imported; try this one again.',
            },
          },
        ],
  );
  return importReadings(current, items, now);
}

export type OutcomeCounts = Record<ImportOutcome, number>;

export function countOutcomes(results: readonly ImportResult[]): OutcomeCounts {
  const counts: OutcomeCounts = {
    accepted: 0,
    updated: 0,
    conflict: 0,
    duplicate: 0,
    older: 0,
    rejected: 0,
  };
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
