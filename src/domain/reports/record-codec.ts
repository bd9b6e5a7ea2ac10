/**
 * Completion records: what a learner sends to HR, as a JSON file or a compact code for chat or email.
 * A record carries the learner, the assignment and per-module progress, sealed with a schema version and a
 * checksum of its canonical JSON. Reading never throws: each problem has a reason a person understands.
 */
import { WARM_UP_KIND } from '../assessment/review-items';
import { lazySchema, z } from '../lib/zod-mini';
import { assessmentProgress } from '../assignments/assignments';
import type { Assignment, AssignmentSummary } from '../assignments/assignment';
import { describeIssues } from '../assignments/assignment-codec';
import { isDateOnly } from '../assignments/due-dates';
import { canonicalJson, fromBase64Url, hashString, toBase64Url } from '../lib/hash';
import { lessonStatus } from '../course/progress';
import type { LessonOutline, LessonStatus, ProgressData } from '../course/progress';
import { isRecord } from '../lib/guards';
import { COURSE_ID } from '../course/course-id';
import { cleanText, hasVisibleText } from '../lib/clean-text';

export const RECORD_FORMAT = 'servewell-completion-record';
/** Format 2 carries the course id; format 1 (records issued before it) has none and is still read. */
const RECORD_VERSION = 2;
const READABLE_VERSIONS: readonly number[] = [1, 2];
/** Record codes start with this, so they can be found in pasted text. */
const CODE_PREFIX = 'SWR.';
/** Clocks differ a little between machines; beyond this a record counts as from the future. */
const FUTURE_TOLERANCE_MS = 60 * 60 * 1000;
/** Nothing near this size is a completion record. */
const MAX_RECORD_CHARS = 1_000_000;

export interface LearnerIdentity {
  name: string;
  email?: string;
  employeeId?: string;
}

export interface ModuleRecord {
  slug: string;
  status: LessonStatus;
  timeSpentMs: number;
  /** Attempts over the module's activities. */
  attempts: number;
  /** 0..1, the mean of the module's scored activities. */
  score?: number;
  startedAt?: string;
  completedAt?: string;
  lastActivityAt?: string;
}

export interface AssessmentRecord {
  attempts: number;
  /** 0..1 */
  bestScore?: number;
  passed: boolean;
  lastSubmittedAt?: string;
}

export interface CompletionRecord {
  /** Which course the record is about. Absent only in format 1 records, issued before it was added. */
  course?: string;
  exportedAt: string;
  learner: LearnerIdentity;
  assignment: AssignmentSummary;
  modules: ModuleRecord[];
  assessment?: AssessmentRecord;
  lastActivityAt?: string;
}

export interface RecordEnvelope {
  format: typeof RECORD_FORMAT;
  version: number;
  checksum: string;
  record: CompletionRecord;
}

const latest = (values: (string | undefined)[]) =>
  values
    .filter((v): v is string => Boolean(v))
    .sort()
    .at(-1);

/** The learner's record for one assignment, from their saved progress. */
export function buildRecord(input: {
  learner: LearnerIdentity;
  assignment: Assignment;
  lessons: LessonOutline[];
  data: ProgressData;
  now: Date;
}): CompletionRecord {
  const { assignment, lessons, data } = input;
  const modules = assignment.modules.map((slug): ModuleRecord => {
    const lesson = lessons.find((l) => l.slug === slug);
    const progress = data.lessons[slug];
    // A lesson's warm-up practises earlier lessons: it is not part of this module's score or attempts.
    const activities = Object.values(data.activities).filter(
      (a) => a.lesson === slug && a.kind !== WARM_UP_KIND,
    );
    const status: LessonStatus = lesson
      ? lessonStatus(lesson, data)
      : progress?.completedAt
        ? 'complete'
        : progress || activities.length > 0
          ? 'in-progress'
          : 'not-started';
    const scores = activities.map((a) => a.score).filter((s): s is number => typeof s === 'number');
    const record: ModuleRecord = {
      slug,
      status,
      timeSpentMs: Math.max(0, Math.round(progress?.timeSpentMs ?? 0)),
      attempts: activities.reduce((sum, a) => sum + a.attempts, 0),
    };
    if (scores.length > 0)
      record.score = Math.round((scores.reduce((s, x) => s + x, 0) / scores.length) * 1000) / 1000;
    if (progress?.startedAt) record.startedAt = progress.startedAt;
    if (progress?.completedAt) record.completedAt = progress.completedAt;
    const last = latest([progress?.updatedAt, ...activities.map((a) => a.updatedAt)]);
    if (last) record.lastActivityAt = last;
    return record;
  });
  const learner: LearnerIdentity = { name: cleanText(input.learner.name) };
  const email = cleanText(input.learner.email ?? '');
  const employeeId = cleanText(input.learner.employeeId ?? '');
  if (email) learner.email = email;
  if (employeeId) learner.employeeId = employeeId;
  const record: CompletionRecord = {
    course: COURSE_ID,
    exportedAt: input.now.toISOString(),
    learner,
    assignment: {
      id: assignment.id,
      group: assignment.group,
      due: assignment.due,
      passMark: assignment.passMark,
      modules: assignment.modules,
      assessment: assignment.assessment,
    },
    modules,
  };
  if (assignment.assessment) {
    const progress = assessmentProgress(data.assessment.attempts, assignment.passMark, assignment.modules);
    const assessment: AssessmentRecord = { attempts: progress.attempts, passed: progress.passed };
    if (progress.bestScore !== undefined) assessment.bestScore = progress.bestScore;
    if (progress.lastSubmittedAt) assessment.lastSubmittedAt = progress.lastSubmittedAt;
    record.assessment = assessment;
  }
  const last = latest([
    ...modules.map((m) => m.lastActivityAt),
    ...(assignment.assessment ? data.assessment.attempts.map((a) => a.submittedAt ?? a.startedAt) : []),
  ]);
  if (last) record.lastActivityAt = last;
  return record;
}

export const recordChecksum = (record: unknown) => hashString(canonicalJson(record));

/** Seals a record in the current format; a record without a course id is sealed as this course's. */
export function sealRecord(record: CompletionRecord): RecordEnvelope {
  const sealed = record.course === undefined ? { course: COURSE_ID, ...record } : record;
  return { format: RECORD_FORMAT, version: RECORD_VERSION, checksum: recordChecksum(sealed), record: sealed };
}

/** The record as a JSON file's contents. */
export const recordToJson = (record: CompletionRecord) => `${JSON.stringify(sealRecord(record), null, 2)}\n`;

/** The record as one line of text to paste into chat or email. */
export const recordToCode = (record: CompletionRecord) =>
  `${CODE_PREFIX}${toBase64Url(canonicalJson(sealRecord(record)))}.`;

const fileWord = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);

/** "servewell-record-zoë-obrien-march-starters.json" */
export function recordFileName(record: CompletionRecord): string {
  const name = fileWord(record.learner.name.replace(/['’]/g, '')) || 'learner';
  const group = fileWord(record.assignment.group) || 'group';
  return `servewell-record-${name}-${group}.json`;
}

// ---------------------------------------------------------------------------------------------
// Reading

const recordSchema = lazySchema(() => {
  const iso = z.iso.datetime({ offset: true });
  const fraction = z.number().check(z.gte(0), z.lte(1));
  const count = z.number().check(z.int(), z.gte(0), z.lte(1_000_000));
  const text = (max: number) => z.string().check(z.maxLength(max));
  const visibleText = (max: number) =>
    z.string().check(z.maxLength(max), z.refine(hasVisibleText, 'must not be empty'));

  return z.object({
    course: z.optional(z.string().check(z.minLength(1), z.maxLength(120))),
    exportedAt: iso,
    learner: z.object({
      name: visibleText(120),
      email: z.optional(text(254)),
      employeeId: z.optional(text(64)),
    }),
    assignment: z.object({
      id: z.string().check(z.regex(/^[A-Za-z0-9_-]{6,64}$/)),
      group: visibleText(80),
      due: z.string().check(z.refine(isDateOnly, 'is not a real date')),
      passMark: z.number().check(z.int(), z.gte(1), z.lte(100)),
      modules: z.array(text(80)).check(z.maxLength(60)),
      assessment: z.boolean(),
    }),
    modules: z
      .array(
        z.object({
          slug: text(80),
          status: z.enum(['not-started', 'in-progress', 'complete']),
          timeSpentMs: z.number().check(z.gte(0), z.lte(1e10)),
          attempts: count,
          score: z.optional(fraction),
          startedAt: z.optional(iso),
          completedAt: z.optional(iso),
          lastActivityAt: z.optional(iso),
        }),
      )
      .check(z.maxLength(60)),
    assessment: z.optional(
      z.object({
        attempts: count,
        bestScore: z.optional(fraction),
        passed: z.boolean(),
        lastSubmittedAt: z.optional(iso),
      }),
    ),
    lastActivityAt: z.optional(iso),
  });
});

const LABELS: Record<string, string> = {
  course: 'the course id',
  exportedAt: 'the export date',
  learner: 'the learner',
  'learner.name': "the learner's name",
  'learner.email': "the learner's email",
  'learner.employeeId': "the learner's employee id",
  assignment: 'the assignment',
  'assignment.id': 'the assignment id',
  'assignment.group': 'the group',
  'assignment.due': 'the due date',
  'assignment.passMark': 'the pass mark',
  'assignment.modules': 'the assigned modules',
  'assignment.assessment': 'the final assessment setting',
  modules: 'the module results',
  assessment: 'the final assessment result',
  lastActivityAt: 'the last activity date',
};

type RejectReason =
  | 'empty'
  | 'too-large'
  | 'not-json'
  | 'not-record'
  | 'truncated'
  | 'damaged'
  | 'version'
  | 'checksum'
  | 'missing'
  | 'invalid'
  | 'future'
  | 'other-course';

export type RecordReading =
  | { ok: true; record: CompletionRecord; checksum: string; version: number }
  | { ok: false; reason: RejectReason; message: string };

const reject = (reason: RejectReason, message: string): RecordReading => ({ ok: false, reason, message });

const REASONS = {
  checksum: 'Checksum mismatch: the record was changed after the learner exported it.',
  notRecord: 'This is JSON, but not a Servewell completion record.',
  truncated:
    'The code is incomplete: its end is missing. Ask the learner to copy it again, or to send the file.',
  damaged: 'The code is damaged: it contains characters a record code never has.',
  notCode:
    'Not a record code: it starts with SWR. but what follows is not a Servewell record. Ask the learner to copy the code again, or to send the file.',
} as const;

/** Every record code's body is base64url of JSON opening with `{"`, which encodes as `eyJ`. */
const BODY_START = 'eyJ';

/** What the text after `SWR.` looks like, before it is decoded. */
export type CodeBodyShape = 'empty' | 'damaged' | 'not-record' | 'record-like';

/**
 * Tells a code cut short (its start is a record's start) from text that was never a record code, so a
 * learner who sent garbage is not told to copy "the end" again.
 */
export function codeBodyShape(body: string): CodeBodyShape {
  if (body === '') return 'empty';
  if (!/^[A-Za-z0-9_-]+$/.test(body)) return 'damaged';
  const head = body.slice(0, BODY_START.length);
  return head === BODY_START.slice(0, head.length) ? 'record-like' : 'not-record';
}

function timestamps(record: CompletionRecord): string[] {
  return [
    record.exportedAt,
    record.lastActivityAt,
    record.assessment?.lastSubmittedAt,
    ...record.modules.flatMap((m) => [m.startedAt, m.completedAt, m.lastActivityAt]),
  ].filter((t): t is string => Boolean(t));
}

export interface ReadOptions {
  /** The course this page reports on; a record about another course is refused. Defaults to this course. */
  courseId?: string;
}

/**
 * Checks one parsed JSON value as a sealed record. The record returned is the very object that was
 * checksummed, fields this version does not know included, so it can be stored and checked again later.
 */
export function readEnvelope(value: unknown, now: Date, options: ReadOptions = {}): RecordReading {
  if (!isRecord(value) || value.format !== RECORD_FORMAT) return reject('not-record', REASONS.notRecord);
  const { version } = value;
  if (typeof version !== 'number') return reject('missing', 'Missing fields: the record format version.');
  if (!READABLE_VERSIONS.includes(version)) {
    return reject(
      'version',
      version > RECORD_VERSION
        ? `Made by a newer version of the course (record format ${version}); this page reads formats up to ${RECORD_VERSION}. Open the reports from the same course address the learner used.`
        : `Uses record format ${version}, which this page does not read (it reads formats 1 and ${RECORD_VERSION}).`,
    );
  }
  if (typeof value.checksum !== 'string') return reject('missing', 'Missing fields: the checksum.');
  if (!isRecord(value.record)) return reject('missing', 'Missing fields: the record itself.');
  if (recordChecksum(value.record) !== value.checksum) return reject('checksum', REASONS.checksum);
  if (version >= 2 && value.record.course === undefined)
    return reject('missing', 'Missing fields: the course id.');
  const parsed = recordSchema().safeParse(value.record);
  if (!parsed.success) {
    const described = describeIssues(parsed.error.issues, LABELS, value.record);
    const onlyMissing = described.startsWith('missing ') && !described.includes(';');
    return onlyMissing
      ? reject('missing', `Missing fields: ${described.slice('missing '.length)}.`)
      : reject('invalid', `Some fields are not valid: ${described}.`);
  }
  const courseId = options.courseId ?? COURSE_ID;
  if (parsed.data.course !== undefined && parsed.data.course !== courseId) {
    return reject(
      'other-course',
      `From another course (“${parsed.data.course.slice(0, 60)}”): these reports are for “${courseId}”. Import it into that course’s reports instead.`,
    );
  }
  // The schema only checks (it transforms nothing), so the checked object is the original, unknown fields
  // kept: stripping them would break the checksum the next time the stored record is read.
  const record = value.record as unknown as CompletionRecord;
  const limit = now.getTime() + FUTURE_TOLERANCE_MS;
  const future = timestamps(record).find((t) => Date.parse(t) > limit);
  if (future) {
    return reject(
      'future',
      `Dated in the future (${future.slice(0, 16).replace('T', ' ')} UTC): the sender's clock is wrong or the record was edited.`,
    );
  }
  return { ok: true, record, checksum: value.checksum, version };
}

/** Reads one record code (`SWR.`, base64url, `.`). Whitespace inside it, from line wrapping, is ignored. */
export function readCode(code: string, now: Date): RecordReading {
  const compact = code.replace(/\s+/g, '');
  if (compact === '') return reject('empty', 'Nothing to import.');
  if (compact.slice(0, CODE_PREFIX.length).toUpperCase() !== CODE_PREFIX)
    return reject('not-record', `Not a record code: codes start with ${CODE_PREFIX}`);
  const body = compact.slice(CODE_PREFIX.length).replace(/\.$/, '');
  const shape = codeBodyShape(body);
  if (shape === 'empty') return reject('truncated', REASONS.truncated);
  if (shape === 'damaged') return reject('damaged', REASONS.damaged);
  if (shape === 'not-record') return reject('not-record', REASONS.notCode);
  if (body.length > MAX_RECORD_CHARS) return reject('too-large', 'Too long to be a completion record.');
  const text = fromBase64Url(body);
  if (text === null) return reject('truncated', REASONS.truncated);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return text.startsWith('{') ? reject('truncated', REASONS.truncated) : reject('damaged', REASONS.damaged);
  }
  // Only the one canonical spelling is accepted, so no character can change unnoticed.
  if (toBase64Url(text) !== body) return reject('checksum', REASONS.checksum);
  return readEnvelope(value, now);
}

/**
 * The record codes in a piece of text, such as an email. A code runs from `SWR.` to its closing `.`;
 * line breaks inside it are dropped. A code with no closing `.` ends at the first space or line break.
 */
export function findCodes(text: string): string[] {
  return text
    .split(/(?=SWR\.)/i)
    .filter((chunk) => /^SWR\./i.test(chunk))
    .map((chunk) => {
      const match = /^SWR\.([A-Za-z0-9_\-\s]*)(\.)?/i.exec(chunk);
      const run = match?.[1] ?? '';
      const body = match?.[2] ? run.replace(/\s+/g, '') : (run.trimStart().split(/\s/)[0] ?? '');
      return `${CODE_PREFIX}${body}${match?.[2] ?? ''}`;
    });
}

export interface ReadItem {
  /** Where it came from: a file name, "Pasted code 2", "report.json, record 3". */
  source: string;
  reading: RecordReading;
}

/**
 * Everything in one file or one paste: a sealed record as JSON, a JSON list of them, or any number of
 * record codes among other text. Never throws.
 */
export function readRecordText(text: string, source: string, now: Date): ReadItem[] {
  try {
    return readText(text, source, now);
  } catch {
    return [{ source, reading: reject('damaged', 'This could not be read as a completion record.') }];
  }
}

function readText(text: string, source: string, now: Date): ReadItem[] {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '')
    return [{ source, reading: reject('empty', 'Empty: there is nothing in it to import.') }];
  if (trimmed.length > MAX_RECORD_CHARS * 20)
    return [{ source, reading: reject('too-large', 'Too large to hold completion records.') }];
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch {
      return [
        {
          source,
          reading: reject('not-json', 'Not valid JSON: the file may be cut short, or it is not a record.'),
        },
      ];
    }
    if (Array.isArray(value)) {
      if (value.length === 0)
        return [{ source, reading: reject('empty', 'An empty list: no records in it.') }];
      return value.map((item, i) => ({
        source: `${source}, record ${i + 1}`,
        reading: readEnvelope(item, now),
      }));
    }
    return [{ source, reading: readEnvelope(value, now) }];
  }
  const codes = findCodes(trimmed);
  if (codes.length === 0) {
    try {
      return [{ source, reading: readEnvelope(JSON.parse(trimmed), now) }];
    } catch {
      return [
        {
          source,
          reading: reject(
            'not-json',
            `Not JSON, and no record code in it (codes start with ${CODE_PREFIX}).`,
          ),
        },
      ];
    }
  }
  return codes.map((code, i) => ({
    source: codes.length > 1 ? `${source}, code ${i + 1}` : source,
    reading: readCode(code, now),
  }));
}
