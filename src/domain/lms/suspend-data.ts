/**
 * The learner's progress as one short string, for an LMS's `cmi.suspend_data`.
 *
 * SCORM 1.2 gives a course 4,096 characters there (SCORM 2004: 64,000), and the progress JSON of a
 * finished course is larger than that. This codec keeps what resuming needs, in this order of priority:
 *
 * 1. everything, as compact JSON (timestamps as seconds from one epoch, records as arrays);
 * 2. if that is too long, the same JSON deflated and written as URL-safe base64 (plain ASCII);
 * 3. if still too long, it leaves out, one step at a time until it fits:
 *    a. the answers of assessment attempts other than the key ones: the best, the latest and the
 *       unfinished one (every attempt's score, pass mark and result are kept);
 *    b. the end of long written answers (reflections, typed replies, definitions): texts longer than
 *       a cap are cut to it, "…" marking the cut; the cap steps down from 1,000 to 60 characters
 *       (ids, which have no spaces, are never cut);
 *    c. every attempt but the key ones, altogether (the key ones stay whole);
 *    d. the answers of the best and latest submitted attempts (their scores kept; the unfinished
 *       attempt's current answers stay);
 *    e. the answers of completed activities (completion and scores kept);
 *    f. every activity answer;
 *    g. every accepted assignment but the latest, and the end of long profile fields (kept to 60).
 *    Between a and b, finished warm-ups and spaced review sets lose which questions they asked (only the
 *    weighting of later draws reads that; their completion, lessons, times and scores, all the schedule
 *    needs, are never left out); a warm-up or set under way stays whole.
 *
 * Whenever texts were cut, the cap then rises again as far as still fits. Lesson status, sections,
 * completion, activity scores, the key attempts, timestamps and the learner's shuffle seed (so options keep
 * their order on another computer) are never left out. What was left out is returned in `losses`, in words, so
 * the caller can say so; the browser's own copy is never touched. The result is never longer than
 * `maxLength`: if even the last step is too long (progress no learner of this course can build), `fits` is
 * false and the caller writes nothing.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type {
  AcceptedAssignment,
  ActivityProgress,
  AssessmentAttempt,
  LessonProgress,
  OpenReviewSet,
  ProgressData,
  Profile,
  ReviewSetRecord,
} from '../course/progress';
import { latestAssignment, readAssignment } from '../assignments/assignment';
import { emptyProgress } from '../course/progress';
import { isRecord, isStringArray, MAX_NESTING, nestsDeeperThan } from '../lib/guards';
import { base64UrlToBytes, bytesToBase64Url } from '../lib/hash';

/** The most characters each version's LMS must keep in cmi.suspend_data. */
export const SCORM12_SUSPEND_LIMIT = 4096;
export const SCORM2004_SUSPEND_LIMIT = 64000;
/** What the course allows itself: a little under each limit, as a margin for LMSs that count differently. */
export const SCORM12_SUSPEND_BUDGET = 4000;
export const SCORM2004_SUSPEND_BUDGET = 63_000;

/** Deflated payloads start with this letter; plain ones are JSON and start with "{". */
const DEFLATED = 'z';
const CODEC_VERSION = 1;
const TEXT_CAPS = [1000, 600, 400, 250, 150, 60] as const;

type Secs = number | null;
/** [startedAt, completedAt, seconds spent, updatedAt, reachedEnd, lastSection?] */
type CompactLesson = [Secs, Secs, number, number, 0 | 1, string?];
/** [lesson, kind, attempts, completed, updatedAt, score, answers?]: answers absent when left out. */
type CompactActivity = [string, string, number, 0 | 1, number, number | null, unknown?];
/** [id, startedAt, passMark, submittedAt, score, passed, questionIds?, responses?] */
type CompactAttempt = [string, number, number, Secs, number | null, 0 | 1 | null, string[]?, unknown?];
/**
 * A review set's id is its number when it is `review-N`, and a lesson is its place among the keys of `l`
 * when it has one there (else its slug): eighteen sets then take a few hundred characters.
 */
type SetRef = number | string;
type LessonRef = number | string;
/** A finished review set: [id, finishedAt, lessons, score, items?, missed?]: items absent when left out. */
type CompactReviewSet = [SetRef, number, LessonRef[], number, string[]?, string[]?];
/** The review set under way: [id, startedAt, lessons, items, answers]. */
type CompactOpenReview = [SetRef, number, LessonRef[], string[], unknown];

const REVIEW_ID = /^review-([1-9]\d{0,8})$/;
const setRef = (id: string): SetRef => {
  const match = REVIEW_ID.exec(id);
  return match ? Number(match[1]) : id;
};

interface Compact {
  v: number;
  /** Epoch in whole seconds; every other time is seconds after it. */
  e: number;
  l: Record<string, CompactLesson>;
  a: Record<string, CompactActivity>;
  t: CompactAttempt[];
  f?: { n?: string; m?: string; i?: string; u?: number };
  g?: Record<string, [unknown, number]>;
  L?: [string, number];
  /** The learner's shuffle seed (ProgressData.seed): a dozen characters at most. */
  s?: string;
  /** Spaced review (ProgressData.review): finished sets and the one under way. */
  r?: { s: CompactReviewSet[]; o?: CompactOpenReview };
}

export interface EncodeOptions {
  /** The most characters to write: SCORM12_SUSPEND_BUDGET or SCORM2004_SUSPEND_BUDGET. */
  maxLength: number;
}

export interface EncodeResult {
  text: string;
  /** What this copy leaves out to fit, in words; empty when it holds everything. */
  losses: string[];
  /** False only when even the smallest form is too long (it is returned all the same). */
  fits: boolean;
}

export type DecodeResult =
  { kind: 'empty' } | { kind: 'ok'; data: ProgressData } | { kind: 'corrupt'; reason: string };

// ---------------------------------------------------------------------------------------------------
// Reductions, from none to the most

interface Reduction {
  /** Which submitted attempts keep their answers. */
  attempts: 'all' | 'key' | 'none';
  /** Which attempts are kept at all: every one, or only the key ones (best, latest, unfinished). */
  rows: 'all' | 'key';
  /** Written answers longer than this are shortened. */
  textCap: number;
  /** Which activities keep their answers: all, only those not yet completed, or none. */
  answers: 'all' | 'open' | 'none';
  /** Which accepted assignments are kept, and how long profile fields may be. */
  last?: { assignments: 'latest'; profileCap: number };
  /** Whether finished review sets keep which questions they asked (only weighting reads them). */
  reviewItems?: boolean;
}

const PLAN: Reduction[] = [
  { attempts: 'all', rows: 'all', textCap: Infinity, answers: 'all', reviewItems: true },
  { attempts: 'key', rows: 'all', textCap: Infinity, answers: 'all', reviewItems: true },
  { attempts: 'key', rows: 'all', textCap: Infinity, answers: 'all' },
  ...TEXT_CAPS.map((textCap): Reduction => ({ attempts: 'key', rows: 'all', textCap, answers: 'all' })),
  { attempts: 'key', rows: 'key', textCap: 60, answers: 'all' },
  { attempts: 'none', rows: 'key', textCap: 60, answers: 'all' },
  { attempts: 'none', rows: 'key', textCap: 60, answers: 'open' },
  { attempts: 'none', rows: 'key', textCap: 60, answers: 'none' },
  {
    attempts: 'none',
    rows: 'key',
    textCap: 60,
    answers: 'none',
    last: { assignments: 'latest', profileCap: 60 },
  },
];

/** Shortens free text (strings with a space in them, so ids are never cut) anywhere inside a value. */
function capText(value: unknown, cap: number, counter: { cut: number }): unknown {
  if (typeof value === 'string') {
    if (value.length <= cap || !/\s/.test(value)) return value;
    const points = Array.from(value);
    if (points.length <= cap) return value;
    counter.cut += 1;
    return `${points.slice(0, Math.max(0, cap - 1)).join('')}…`;
  }
  if (Array.isArray(value)) return value.map((item) => capText(item, cap, counter));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = capText(item, cap, counter);
    return out;
  }
  return value;
}

const later = (a: AssessmentAttempt | undefined, b: AssessmentAttempt) =>
  !a || b.startedAt > a.startedAt || (b.startedAt === a.startedAt && b.id > a.id) ? b : a;

/** The attempts that matter most: the best submitted one, the latest submitted one, the latest unfinished one. */
function keyAttemptIds(attempts: AssessmentAttempt[]): Set<string> {
  let best: AssessmentAttempt | undefined;
  let latest: AssessmentAttempt | undefined;
  let open: AssessmentAttempt | undefined;
  for (const attempt of attempts) {
    if (!attempt.submittedAt) {
      open = later(open, attempt);
      continue;
    }
    latest = later(latest, attempt);
    if (attempt.score !== undefined && (best?.score === undefined || attempt.score > best.score))
      best = attempt;
  }
  return new Set([best, latest, open].filter((a) => a !== undefined).map((a) => a.id));
}

// ---------------------------------------------------------------------------------------------------
// Progress → compact form

const toSeconds = (iso: string | undefined): number | null => {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? Math.floor(ms / 1000) : null;
};

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

function allTimes(data: ProgressData): (string | undefined)[] {
  return [
    ...Object.values(data.lessons).flatMap((l) => [l.startedAt, l.completedAt, l.updatedAt]),
    ...Object.values(data.activities).map((a) => a.updatedAt),
    ...data.assessment.attempts.flatMap((a) => [a.startedAt, a.submittedAt]),
    ...Object.values(data.assignments).map((a) => a.acceptedAt),
    data.profile.updatedAt,
    data.lastLesson?.at,
    ...(data.review?.sets ?? []).map((s) => s.finishedAt),
    data.review?.open?.startedAt,
  ];
}

interface Losses {
  attemptsTrimmed: number;
  attemptsDropped: number;
  textsCut: number;
  answersDropped: number;
  assignmentsDropped: number;
  reviewItemsDropped: number;
}

function toCompact(data: ProgressData, reduction: Reduction): { compact: Compact; losses: Losses } {
  const seconds = allTimes(data)
    .map(toSeconds)
    .filter((s): s is number => s !== null);
  const epoch = seconds.length > 0 ? Math.min(...seconds) : 0;
  const rel = (iso: string | undefined): Secs => {
    const s = toSeconds(iso);
    return s === null ? null : s - epoch;
  };
  const relOrZero = (iso: string | undefined) => rel(iso) ?? 0;
  const counter = { cut: 0 };
  const losses: Losses = {
    attemptsTrimmed: 0,
    attemptsDropped: 0,
    textsCut: 0,
    answersDropped: 0,
    assignmentsDropped: 0,
    reviewItemsDropped: 0,
  };

  const lessons: Record<string, CompactLesson> = {};
  for (const [slug, l] of Object.entries(data.lessons)) {
    const row: CompactLesson = [
      rel(l.startedAt),
      rel(l.completedAt),
      Math.floor(l.timeSpentMs / 1000),
      relOrZero(l.updatedAt),
      l.reachedEnd ? 1 : 0,
    ];
    if (l.lastSection !== undefined) row.push(l.lastSection);
    lessons[slug] = row;
  }

  const activities: Record<string, CompactActivity> = {};
  for (const [id, a] of Object.entries(data.activities)) {
    const row: CompactActivity = [
      a.lesson,
      a.kind,
      a.attempts,
      a.completed ? 1 : 0,
      relOrZero(a.updatedAt),
      a.score === undefined ? null : round4(a.score),
    ];
    // A finished warm-up's answers, like a review set's questions, only weight later draws.
    const practice = a.kind === 'warm-up' && a.completed && !reduction.reviewItems;
    const keep = !practice && (reduction.answers === 'all' || (reduction.answers === 'open' && !a.completed));
    if (keep) row.push(capText(a.answers ?? null, reduction.textCap, counter));
    else if (practice) losses.reviewItemsDropped += 1;
    else if (a.answers !== undefined && a.answers !== null) losses.answersDropped += 1;
    activities[id] = row;
  }

  const key = keyAttemptIds(data.assessment.attempts);
  const kept = data.assessment.attempts.filter((a) => reduction.rows === 'all' || key.has(a.id));
  losses.attemptsDropped = data.assessment.attempts.length - kept.length;
  const attempts = kept.map((a): CompactAttempt => {
    const row: CompactAttempt = [
      a.id,
      relOrZero(a.startedAt),
      round4(a.passMark),
      rel(a.submittedAt),
      a.score === undefined ? null : round4(a.score),
      a.passed === undefined ? null : a.passed ? 1 : 0,
    ];
    const keep =
      (!a.submittedAt && key.has(a.id)) ||
      reduction.attempts === 'all' ||
      (reduction.attempts === 'key' && key.has(a.id));
    if (keep) row.push(a.questionIds, capText(a.responses, reduction.textCap, counter));
    else losses.attemptsTrimmed += 1;
    return row;
  });

  const compact: Compact = { v: CODEC_VERSION, e: epoch, l: lessons, a: activities, t: attempts };
  const profile: NonNullable<Compact['f']> = {};
  const cap = reduction.last?.profileCap ?? Infinity;
  const field = (text: string) => {
    const points = Array.from(text);
    if (points.length <= cap) return text;
    counter.cut += 1;
    return `${points.slice(0, cap - 1).join('')}…`;
  };
  if (data.profile.name !== undefined) profile.n = field(data.profile.name);
  if (data.profile.email !== undefined) profile.m = field(data.profile.email);
  if (data.profile.employeeId !== undefined) profile.i = field(data.profile.employeeId);
  const profileAt = rel(data.profile.updatedAt);
  if (profileAt !== null) profile.u = profileAt;
  if (Object.keys(profile).length > 0) compact.f = profile;
  let assignments = Object.entries(data.assignments);
  if (reduction.last?.assignments === 'latest') {
    const latest = latestAssignment(data.assignments);
    const before = assignments.length;
    assignments = assignments.filter(([, a]) => a.assignment === latest);
    losses.assignmentsDropped = before - assignments.length;
  }
  if (assignments.length > 0) {
    compact.g = Object.fromEntries(
      assignments.map(([id, a]) => [id, [a.assignment ?? null, relOrZero(a.acceptedAt)]]),
    );
  }
  if (data.lastLesson) compact.L = [data.lastLesson.slug, relOrZero(data.lastLesson.at)];
  if (data.seed) compact.s = data.seed;
  if (data.review) {
    const slugs = Object.keys(lessons);
    const refs = (list: string[]): LessonRef[] =>
      list.map((slug) => (slugs.indexOf(slug) >= 0 ? slugs.indexOf(slug) : slug));
    const sets = data.review.sets.map((set): CompactReviewSet => {
      const row: CompactReviewSet = [
        setRef(set.id),
        relOrZero(set.finishedAt),
        refs(set.lessons),
        round4(set.score),
      ];
      if (reduction.reviewItems) row.push(set.items, set.missed);
      else if (set.items.length > 0) losses.reviewItemsDropped += 1;
      return row;
    });
    compact.r = { s: sets };
    const open = data.review.open;
    if (open)
      compact.r.o = [
        setRef(open.id),
        relOrZero(open.startedAt),
        refs(open.lessons),
        open.items,
        open.questions,
      ];
  }
  losses.textsCut = counter.cut;
  return { compact, losses };
}

// ---------------------------------------------------------------------------------------------------
// Text forms

const asciiJson = (value: unknown) =>
  JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

function describe(losses: Losses, reduction: Reduction): string[] {
  const out: string[] = [];
  if (losses.attemptsTrimmed > 0)
    out.push(
      `the answers of ${losses.attemptsTrimmed} earlier assessment attempt${losses.attemptsTrimmed === 1 ? '' : 's'} (scores kept)`,
    );
  if (losses.attemptsDropped > 0)
    out.push(
      `${losses.attemptsDropped} earlier assessment attempt${losses.attemptsDropped === 1 ? '' : 's'} (the best, the latest and any unfinished one kept)`,
    );
  if (losses.assignmentsDropped > 0)
    out.push(
      `${losses.assignmentsDropped} older accepted assignment${losses.assignmentsDropped === 1 ? '' : 's'} (the latest kept)`,
    );
  if (losses.textsCut > 0)
    out.push(
      `the end of ${losses.textsCut} long written answer${losses.textsCut === 1 ? '' : 's'} (kept to ${reduction.textCap} characters)`,
    );
  if (losses.reviewItemsDropped > 0)
    out.push(
      `which questions ${losses.reviewItemsDropped} warm-up${losses.reviewItemsDropped === 1 ? '' : 's'} and review set${losses.reviewItemsDropped === 1 ? '' : 's'} asked (lessons, times and scores kept)`,
    );
  if (losses.answersDropped > 0)
    out.push(
      `the answers of ${losses.answersDropped} ${reduction.answers === 'open' ? 'completed ' : ''}activit${losses.answersDropped === 1 ? 'y' : 'ies'} (completion and scores kept)`,
    );
  return out;
}

interface Encoded {
  text: string;
  losses: string[];
}

/** Plain JSON when it fits, else deflated. */
function tryReduction(data: ProgressData, reduction: Reduction, maxLength: number): Encoded {
  const { compact, losses } = toCompact(data, reduction);
  const plain = asciiJson(compact);
  const described = describe(losses, reduction);
  if (plain.length <= maxLength) return { text: plain, losses: described };
  return { text: DEFLATED + bytesToBase64Url(deflateSync(strToU8(plain), { level: 9 })), losses: described };
}

/**
 * Progress as a string of at most `maxLength` plain ASCII characters, leaving out as little as it can
 * (see the order at the top of this file). Deterministic: the same progress always gives the same text.
 */
export function encodeSuspendData(data: ProgressData, { maxLength }: EncodeOptions): EncodeResult {
  let last: Encoded = { text: '', losses: [] };
  for (const reduction of PLAN) {
    const result = tryReduction(data, reduction, maxLength);
    if (result.text.length > maxLength) {
      last = result;
      continue;
    }
    if (!Number.isFinite(reduction.textCap)) return { ...result, fits: true };
    // Written answers were shortened to fit: keep as much of them as will still fit.
    let fits = result;
    let low = reduction.textCap;
    let high = Math.max(low, longestText(data));
    while (high - low > 8) {
      const cap = Math.floor((low + high) / 2);
      const candidate = tryReduction(data, { ...reduction, textCap: cap }, maxLength);
      if (candidate.text.length <= maxLength) {
        fits = candidate;
        low = cap;
      } else high = cap;
    }
    return { ...fits, fits: true };
  }
  return { ...last, fits: false };
}

function longestText(data: ProgressData): number {
  let longest = 0;
  const walk = (value: unknown) => {
    if (typeof value === 'string') longest = Math.max(longest, value.length);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const activity of Object.values(data.activities)) walk(activity.answers);
  for (const attempt of data.assessment.attempts) walk(attempt.responses);
  return longest;
}

// ---------------------------------------------------------------------------------------------------
// Compact form → progress

class Invalid extends Error {}

const fail = (what: string): never => {
  throw new Invalid(what);
};
const num = (v: unknown, what: string): number =>
  typeof v === 'number' && Number.isFinite(v) ? v : fail(`${what} is not a number`);
const str = (v: unknown, what: string): string => (typeof v === 'string' ? v : fail(`${what} is not text`));
const optNum = (v: unknown, what: string): number | null => (v === null ? null : num(v, what));

function fromCompact(raw: unknown): ProgressData {
  if (!isRecord(raw)) return fail('the saved progress is not an object');
  if (typeof raw.v === 'number' && raw.v > CODEC_VERSION)
    return fail(`it was saved by a newer version of the course (format ${raw.v})`);
  if (raw.v !== CODEC_VERSION) return fail(`unknown suspend data format ${String(raw.v)}`);
  const epoch = num(raw.e, 'the epoch');
  const iso = (offset: number) => new Date((epoch + offset) * 1000).toISOString();
  const optIso = (offset: number | null) => (offset === null ? undefined : iso(offset));
  const data = emptyProgress();

  if (!isRecord(raw.l)) fail('the lessons are missing');
  for (const [slug, row] of Object.entries(raw.l as Record<string, unknown>)) {
    if (!Array.isArray(row)) fail(`lesson ${slug} is not a list`);
    const [started, completed, secs, updated, end, section] = row as unknown[];
    const lesson: LessonProgress = {
      timeSpentMs: num(secs, 'time spent') * 1000,
      reachedEnd: end === 1,
      updatedAt: iso(num(updated, 'lesson update time')),
    };
    const startedAt = optIso(optNum(started, 'lesson start time'));
    const completedAt = optIso(optNum(completed, 'lesson completion time'));
    if (startedAt) lesson.startedAt = startedAt;
    if (completedAt) lesson.completedAt = completedAt;
    if (section !== undefined) lesson.lastSection = str(section, 'last section');
    data.lessons[slug] = lesson;
  }

  if (!isRecord(raw.a)) fail('the activities are missing');
  for (const [id, row] of Object.entries(raw.a as Record<string, unknown>)) {
    if (!Array.isArray(row)) fail(`activity ${id} is not a list`);
    const fields = row as unknown[];
    const [lesson, kind, attempts, completed, updated, score, answers] = fields;
    const activity: ActivityProgress = {
      lesson: str(lesson, 'activity lesson'),
      kind: str(kind, 'activity kind'),
      attempts: num(attempts, 'activity attempts'),
      answers: fields.length > 6 ? answers : null,
      completed: completed === 1,
      updatedAt: iso(num(updated, 'activity update time')),
    };
    const s = optNum(score ?? null, 'activity score');
    if (s !== null) activity.score = s;
    data.activities[id] = activity;
  }

  if (!Array.isArray(raw.t)) fail('the assessment attempts are missing');
  for (const row of raw.t as unknown[]) {
    if (!Array.isArray(row)) fail('an assessment attempt is not a list');
    const [id, started, passMark, submitted, score, passed, questionIds, responses] = row as unknown[];
    const attempt: AssessmentAttempt = {
      id: str(id, 'attempt id'),
      startedAt: iso(num(started, 'attempt start time')),
      questionIds: Array.isArray(questionIds) ? questionIds.map((q) => str(q, 'question id')) : [],
      responses: isRecord(responses) ? responses : {},
      passMark: num(passMark, 'pass mark'),
    };
    const submittedAt = optIso(optNum(submitted, 'attempt submission time'));
    const s = optNum(score, 'attempt score');
    if (submittedAt) attempt.submittedAt = submittedAt;
    if (s !== null) attempt.score = s;
    if (passed === 0 || passed === 1) attempt.passed = passed === 1;
    data.assessment.attempts.push(attempt);
  }

  if (raw.f !== undefined) {
    if (!isRecord(raw.f)) fail('the profile is not an object');
    const f = raw.f as Record<string, unknown>;
    const profile: Profile = {};
    if (f.n !== undefined) profile.name = str(f.n, 'name');
    if (f.m !== undefined) profile.email = str(f.m, 'email');
    if (f.i !== undefined) profile.employeeId = str(f.i, 'employee id');
    if (f.u !== undefined) profile.updatedAt = iso(num(f.u, 'profile update time'));
    data.profile = profile;
  }
  if (raw.g !== undefined) {
    if (!isRecord(raw.g)) fail('the assignments are not an object');
    for (const [id, row] of Object.entries(raw.g as Record<string, unknown>)) {
      if (!Array.isArray(row)) fail(`assignment ${id} is not a list`);
      const [raw, accepted] = row as unknown[];
      const assignment = readAssignment(raw);
      // An entry no assignment can be read from is left out; the rest of the save still resumes.
      if (!assignment) continue;
      const entry: AcceptedAssignment = { id, assignment, acceptedAt: iso(num(accepted, 'acceptance time')) };
      data.assignments[id] = entry;
    }
  }
  if (raw.L !== undefined) {
    if (!Array.isArray(raw.L)) fail('the last lesson is not a list');
    const [slug, at] = raw.L as unknown[];
    data.lastLesson = { slug: str(slug, 'last lesson'), at: iso(num(at, 'last lesson time')) };
  }
  if (raw.s !== undefined) data.seed = str(raw.s, 'the shuffle seed');
  if (raw.r !== undefined) data.review = reviewFromCompact(raw.r, iso, Object.keys(raw.l as object));
  return data;
}

const strings = (v: unknown, what: string): string[] =>
  isStringArray(v) ? [...v] : fail(`${what} is not a list`);

const setId = (ref: unknown): string =>
  typeof ref === 'number' && Number.isInteger(ref) && ref > 0 ? `review-${ref}` : str(ref, 'review set id');

function reviewFromCompact(
  raw: unknown,
  iso: (offset: number) => string,
  slugs: string[],
): NonNullable<ProgressData['review']> {
  const lessonsOf = (v: unknown, what: string): string[] => {
    if (!Array.isArray(v)) return fail(`${what} is not a list`);
    return v.map((ref: unknown) =>
      typeof ref === 'number' ? (slugs[ref] ?? fail(`${what} name an unknown lesson`)) : str(ref, what),
    );
  };
  if (!isRecord(raw) || !Array.isArray(raw.s)) return fail('the review sets are not a list');
  const sets = (raw.s as unknown[]).map((row): ReviewSetRecord => {
    if (!Array.isArray(row)) return fail('a review set is not a list');
    const [id, finished, lessons, score, items, missed] = row as unknown[];
    return {
      id: setId(id),
      finishedAt: iso(num(finished, 'review set time')),
      lessons: lessonsOf(lessons, 'review set lessons'),
      score: num(score, 'review set score'),
      items: items === undefined ? [] : strings(items, 'review set questions'),
      missed: missed === undefined ? [] : strings(missed, 'review set misses'),
    };
  });
  if (raw.o === undefined) return { sets };
  if (!Array.isArray(raw.o)) return fail('the review set under way is not a list');
  const [id, started, lessons, items, questions] = raw.o as unknown[];
  const open: OpenReviewSet = {
    id: setId(id),
    startedAt: iso(num(started, 'review start time')),
    lessons: lessonsOf(lessons, 'review set lessons'),
    items: strings(items, 'review set questions'),
    questions: isRecord(questions) ? questions : {},
  };
  return { sets, open };
}

/** Reads what encodeSuspendData wrote. Never throws: anything else comes back as a reason. */
export function decodeSuspendData(text: string): DecodeResult {
  if (text.trim() === '') return { kind: 'empty' };
  let json: string;
  if (text.startsWith('{')) json = text;
  else if (text.startsWith(DEFLATED)) {
    const bytes = base64UrlToBytes(text.slice(1));
    if (!bytes) return { kind: 'corrupt', reason: 'the saved progress is not in a known encoding' };
    try {
      json = strFromU8(inflateSync(bytes));
    } catch {
      return { kind: 'corrupt', reason: 'the saved progress could not be unpacked' };
    }
  } else {
    return { kind: 'corrupt', reason: 'the saved progress was not written by this course' };
  }
  try {
    const parsed: unknown = JSON.parse(json);
    // The compact form nests a few levels above the answers it carries.
    if (nestsDeeperThan(parsed, MAX_NESTING + 4))
      return { kind: 'corrupt', reason: 'the saved progress nests deeper than any the course writes' };
    return { kind: 'ok', data: fromCompact(parsed) };
  } catch (error) {
    const reason = error instanceof Invalid ? error.message : 'the saved progress is not readable';
    return { kind: 'corrupt', reason };
  }
}
