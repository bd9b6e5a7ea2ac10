import { readAssignment } from '../../domain/assignments/assignment';
import { emptyProgress } from '../../domain/course/progress';
import type {
  AcceptedAssignment,
  ActivityProgress,
  AssessmentAttempt,
  LessonProgress,
  ProgressData,
  Profile,
  ReviewProgress,
} from '../../domain/course/progress';
import { isRecord, isStringArray, nestsDeeperThan } from '../../domain/lib/guards';
import { PERSISTED } from '../persisted-keys';
import type { ReadOutcome } from '../versioned-storage';

/** Version of the saved progress shape (see persisted-keys.ts). Bump it with a new step in `migrations`. */
export const PROGRESS_VERSION = PERSISTED.progress.version;
export const PROGRESS_KEY = PERSISTED.progress.key;

// A small hand-written schema: the first screen loads this, so it stays free of a validation library.
type Obj = Record<string, unknown>;
const isIso = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const optString = (v: unknown) => (typeof v === 'string' ? v : undefined);
const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0);

function assign<T extends object>(target: T, key: keyof T, value: unknown) {
  if (value !== undefined) (target as Obj)[key as string] = value;
}

function parseLesson(v: unknown): LessonProgress | null {
  if (!isRecord(v) || !isIso(v.updatedAt)) return null;
  const lesson: LessonProgress = {
    timeSpentMs: count(v.timeSpentMs),
    reachedEnd: v.reachedEnd === true,
    updatedAt: v.updatedAt,
  };
  assign(lesson, 'startedAt', isIso(v.startedAt) ? v.startedAt : undefined);
  assign(lesson, 'completedAt', isIso(v.completedAt) ? v.completedAt : undefined);
  assign(lesson, 'lastSection', optString(v.lastSection));
  return lesson;
}

function parseActivity(v: unknown): ActivityProgress | null {
  if (!isRecord(v) || !isIso(v.updatedAt) || typeof v.lesson !== 'string' || typeof v.kind !== 'string')
    return null;
  if (nestsDeeperThan(v.answers)) return null;
  const activity: ActivityProgress = {
    lesson: v.lesson,
    kind: v.kind,
    attempts: Math.floor(count(v.attempts)),
    answers: v.answers,
    completed: v.completed === true,
    updatedAt: v.updatedAt,
  };
  if (typeof v.score === 'number' && v.score >= 0 && v.score <= 1) activity.score = v.score;
  return activity;
}

/** Entries that did not validate are left out and named in `setAside`; the others load. */
function parseRecord<T>(
  v: unknown,
  item: (x: unknown) => T | null,
  what: string,
  setAside: string[],
): Record<string, T> | null {
  if (!isRecord(v)) return null;
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(v)) {
    const parsed = item(value);
    if (parsed) out[key] = parsed;
    else setAside.push(`${what} “${key}”`);
  }
  return out;
}

function parseAttempt(v: unknown): AssessmentAttempt | null {
  if (!isRecord(v) || typeof v.id !== 'string' || !isIso(v.startedAt)) return null;
  if (!Array.isArray(v.questionIds) || !v.questionIds.every((q) => typeof q === 'string')) return null;
  if (!isRecord(v.responses) || typeof v.passMark !== 'number' || nestsDeeperThan(v.responses)) return null;
  const attempt: AssessmentAttempt = {
    id: v.id,
    startedAt: v.startedAt,
    questionIds: v.questionIds as string[],
    responses: v.responses,
    passMark: v.passMark,
  };
  const lessons = v.lessons;
  assign(
    attempt,
    'lessons',
    Array.isArray(lessons) && lessons.length > 0 && lessons.every((l) => typeof l === 'string')
      ? (lessons as string[])
      : undefined,
  );
  assign(attempt, 'submittedAt', isIso(v.submittedAt) ? v.submittedAt : undefined);
  assign(attempt, 'score', typeof v.score === 'number' ? v.score : undefined);
  assign(attempt, 'passed', typeof v.passed === 'boolean' ? v.passed : undefined);
  return attempt;
}

function parseAssignment(v: unknown): AcceptedAssignment | null {
  if (!isRecord(v) || typeof v.id !== 'string' || !isIso(v.acceptedAt)) return null;
  const assignment = readAssignment(v.assignment);
  return assignment && { id: v.id, assignment, acceptedAt: v.acceptedAt };
}

const ids = (v: unknown): string[] | null => (isStringArray(v) && v.length <= 200 ? [...v] : null);

/** Spaced review: a set that does not validate is left out alone and named in `setAside`. */
function parseReview(v: unknown, setAside: string[]): ReviewProgress | undefined {
  if (v === undefined) return undefined;
  const review: ReviewProgress = { sets: [] };
  if (!isRecord(v) || !Array.isArray(v.sets)) {
    setAside.push('the spaced review sets');
    return undefined;
  }
  for (const [index, s] of v.sets.entries()) {
    const [lessons, items, missed] = isRecord(s) ? [ids(s.lessons), ids(s.items), ids(s.missed)] : [];
    if (
      isRecord(s) &&
      typeof s.id === 'string' &&
      isIso(s.finishedAt) &&
      lessons &&
      items &&
      missed &&
      typeof s.score === 'number' &&
      s.score >= 0 &&
      s.score <= 1
    )
      review.sets.push({ id: s.id, finishedAt: s.finishedAt, lessons, items, missed, score: s.score });
    else setAside.push(`review set ${index + 1}`);
  }
  const o = v.open;
  if (o === undefined) return review;
  const [lessons, items] = isRecord(o) ? [ids(o.lessons), ids(o.items)] : [];
  if (
    isRecord(o) &&
    typeof o.id === 'string' &&
    isIso(o.startedAt) &&
    lessons &&
    items &&
    isRecord(o.questions) &&
    !nestsDeeperThan(o.questions)
  )
    review.open = { id: o.id, startedAt: o.startedAt, lessons, items, questions: o.questions };
  else setAside.push('the review set under way');
  return review;
}

/**
 * Validates progress data of the current version; null when its frame (lessons, activities) is not there.
 * A lesson, activity, attempt or assignment that does not validate is left out alone and named in
 * `setAside`, so one bad entry never costs the rest of the save.
 */
function parseProgressData(v: unknown, setAside: string[] = []): ProgressData | null {
  if (!isRecord(v)) return null;
  const lessons = parseRecord(v.lessons, parseLesson, 'lesson', setAside);
  const activities = parseRecord(v.activities, parseActivity, 'activity', setAside);
  if (!lessons || !activities) return null;
  const profile: Profile = {};
  if (isRecord(v.profile)) {
    for (const key of ['name', 'email', 'employeeId', 'updatedAt'] as const)
      assign(profile, key, optString(v.profile[key]));
  }
  const attempts: AssessmentAttempt[] = [];
  if (isRecord(v.assessment) && Array.isArray(v.assessment.attempts)) {
    for (const [index, raw] of v.assessment.attempts.entries()) {
      const attempt = parseAttempt(raw);
      if (attempt) attempts.push(attempt);
      else setAside.push(`assessment attempt ${index + 1}`);
    }
  }
  const assignments = parseRecord(v.assignments ?? {}, parseAssignment, 'assignment', setAside) ?? {};
  const data: ProgressData = { lessons, activities, profile, assessment: { attempts }, assignments };
  if (typeof v.seed === 'string' && v.seed.length > 0 && v.seed.length <= 64) data.seed = v.seed;
  if (v.lastLesson !== undefined) {
    if (isRecord(v.lastLesson) && typeof v.lastLesson.slug === 'string' && isIso(v.lastLesson.at))
      data.lastLesson = { slug: v.lastLesson.slug, at: v.lastLesson.at };
    else setAside.push('the last lesson opened');
  }
  const review = parseReview(v.review, setAside);
  if (review) data.review = review;
  return data;
}

/** Version 1 (the first release): completed lessons as a list, last section per lesson. */
interface ProgressV1 {
  completedLessons: string[];
  lastLesson?: string;
  lastSection?: Record<string, string>;
  answers?: Record<string, unknown>;
}

function parseV1(v: unknown): ProgressV1 {
  if (
    !isRecord(v) ||
    !Array.isArray(v.completedLessons) ||
    !v.completedLessons.every((s) => typeof s === 'string')
  ) {
    throw new Error('not a version 1 save');
  }
  const sections = isRecord(v.lastSection) ? v.lastSection : {};
  return {
    completedLessons: v.completedLessons as string[],
    ...(typeof v.lastLesson === 'string' ? { lastLesson: v.lastLesson } : {}),
    lastSection: Object.fromEntries(
      Object.entries(sections).filter((e): e is [string, string] => typeof e[1] === 'string'),
    ),
    answers: isRecord(v.answers) ? v.answers : {},
  };
}

const migrations: Record<number, (state: unknown) => unknown> = {
  1: (state) => {
    const v1 = parseV1(state);
    const now = new Date(0).toISOString();
    const data = emptyProgress();
    const slugs = new Set([...v1.completedLessons, ...Object.keys(v1.lastSection ?? {})]);
    for (const slug of slugs) {
      const done = v1.completedLessons.includes(slug);
      const section = v1.lastSection?.[slug];
      const lesson: LessonProgress = { startedAt: now, timeSpentMs: 0, reachedEnd: done, updatedAt: now };
      if (done) lesson.completedAt = now;
      if (section) lesson.lastSection = section;
      data.lessons[slug] = lesson;
    }
    for (const [id, answers] of Object.entries(v1.answers ?? {})) {
      data.activities[id] = {
        lesson: '',
        kind: 'unknown',
        attempts: 1,
        answers,
        completed: true,
        updatedAt: now,
      };
    }
    if (v1.lastLesson) data.lastLesson = { slug: v1.lastLesson, at: now };
    return data;
  },
  /**
   * Version 2 had no spaced review; with nothing reviewed yet, its shape is already a version 3 save
   * (`review` absent means no sets). The step exists so a course of version 2 reads a version 3 save as
   * newer and leaves it alone, instead of dropping the review sets it does not know.
   */
  2: (state) => state,
};

/**
 * Brings saved progress of any known version up to the current one and validates it.
 * Never throws: a newer version is reported as such (and left alone by the caller); unknown shapes come
 * back as a reason a person can read; entries that do not validate are named in `setAside`.
 */
export function migrateProgress(state: unknown, version: number): ReadOutcome<ProgressData> {
  if (!Number.isInteger(version) || version < 1)
    return { kind: 'unreadable', reason: `unknown save version ${String(version)}` };
  if (version > PROGRESS_VERSION) return { kind: 'newer', version };
  let current = state;
  try {
    for (let v = version; v < PROGRESS_VERSION; v += 1) {
      const step = migrations[v];
      if (!step) return { kind: 'unreadable', reason: `no way to upgrade save version ${v}` };
      current = step(current);
    }
  } catch {
    return {
      kind: 'unreadable',
      reason: `the saved progress (version ${version}) is not in the expected shape`,
    };
  }
  const setAside: string[] = [];
  const parsed = parseProgressData(current, setAside);
  if (!parsed) return { kind: 'unreadable', reason: 'the saved progress is not in the expected shape' };
  return setAside.length > 0 ? { kind: 'ok', data: parsed, setAside } : { kind: 'ok', data: parsed };
}
