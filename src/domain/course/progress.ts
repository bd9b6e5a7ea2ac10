import type { AcceptedAssignment } from '../assignments/assignment';
/**
 * The learner's progress as plain data, and every rule that reads it: lesson status, completion,
 * where "Continue" goes, and how two copies (two tabs) are merged without losing anything.
 */

export interface LessonProgress {
  startedAt?: string;
  completedAt?: string;
  timeSpentMs: number;
  /** Id of the last section the learner was reading, for resume. */
  lastSection?: string;
  /** True once the learner has reached the end of the lesson. */
  reachedEnd: boolean;
  updatedAt: string;
}

export interface ActivityProgress {
  lesson: string;
  kind: string;
  attempts: number;
  /** The activity's own saved answers; each activity parses its own shape. */
  answers: unknown;
  completed: boolean;
  /** 0..1 where the activity is scored. */
  score?: number;
  updatedAt: string;
}

export interface Profile {
  name?: string;
  email?: string;
  employeeId?: string;
  updatedAt?: string;
}

/** One sitting of the final assessment. */
export interface AssessmentAttempt {
  id: string;
  startedAt: string;
  /** The drawn questions, in the order shown. */
  questionIds: string[];
  /** Responses by question id, in the shape of `Response` from quiz-types. */
  responses: Record<string, unknown>;
  passMark: number;
  /**
   * The lessons this sitting covers, when an assignment narrowed the assessment to some modules;
   * absent means the whole course.
   */
  lessons?: string[];
  submittedAt?: string;
  /** 0..1, set on submission. */
  score?: number;
  passed?: boolean;
}

export type { AcceptedAssignment };

/** A spaced review set the learner finished (see review-schedule.ts). */
export interface ReviewSetRecord {
  /** `review-1`, `review-2`…: the set's number among the learner's sets. */
  id: string;
  finishedAt: string;
  /** The lessons whose review this set was, by slug: each moves on to its next review. */
  lessons: string[];
  /** The bank items it asked, and those not answered fully right. */
  items: string[];
  missed: string[];
  /** 0..1 */
  score: number;
}

/** A review set under way: its drawn items and the answers so far, so a reload loses nothing. */
export interface OpenReviewSet {
  id: string;
  startedAt: string;
  lessons: string[];
  items: string[];
  /** Checked answers by item id, in the shape of QuestionState (quiz-scoring.ts). */
  questions: Record<string, unknown>;
}

export interface ReviewProgress {
  sets: ReviewSetRecord[];
  open?: OpenReviewSet;
}

export interface ProgressData {
  lessons: Record<string, LessonProgress>;
  activities: Record<string, ActivityProgress>;
  lastLesson?: { slug: string; at: string };
  profile: Profile;
  assessment: { attempts: AssessmentAttempt[] };
  assignments: Record<string, AcceptedAssignment>;
  /**
   * The learner's own shuffle seed, made once and kept: options and replies are shown in an order fixed
   * by it (see domain/activities/presentation.ts), so a reload never reorders them. Absent in old saves.
   */
  seed?: string;
  /** Spaced review sets done and under way. Absent in saves from before spaced review (nothing done). */
  review?: ReviewProgress;
}

/** What a lesson looks like to these rules: its slug, sections, activities and minutes. */
export interface LessonOutline {
  slug: string;
  title: string;
  order: number;
  minutes: number;
  sections: { id: string; title: string }[];
  activities: { id: string; kind: string; required: boolean }[];
}

export type LessonStatus = 'not-started' | 'in-progress' | 'complete';

export const emptyProgress = (): ProgressData => ({
  lessons: {},
  activities: {},
  profile: {},
  assessment: { attempts: [] },
  assignments: {},
});

export const emptyLessonProgress = (now: string): LessonProgress => ({
  timeSpentMs: 0,
  reachedEnd: false,
  updatedAt: now,
});

export interface LessonCompletion {
  complete: boolean;
  reachedEnd: boolean;
  /** Required activities not yet done, in lesson order. */
  missing: LessonOutline['activities'];
}

/** The completion rule: the learner reached the end and finished every required activity. */
export function lessonCompletion(lesson: LessonOutline, data: ProgressData): LessonCompletion {
  const progress = data.lessons[lesson.slug];
  const missing = lesson.activities.filter((a) => a.required && !data.activities[a.id]?.completed);
  const reachedEnd = progress?.reachedEnd ?? false;
  const complete = Boolean(progress?.completedAt) || (reachedEnd && missing.length === 0);
  return { complete, reachedEnd, missing };
}

export function lessonStatus(lesson: LessonOutline, data: ProgressData): LessonStatus {
  if (lessonCompletion(lesson, data).complete) return 'complete';
  const progress = data.lessons[lesson.slug];
  const touchedActivity = lesson.activities.some((a) => data.activities[a.id]);
  return progress?.startedAt || touchedActivity ? 'in-progress' : 'not-started';
}

export const STATUS_LABEL: Record<LessonStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  complete: 'Complete',
};

export interface CourseProgress {
  completed: number;
  total: number;
  /** 0..1 */
  fraction: number;
  minutesLeft: number;
}

export function courseProgress(lessons: LessonOutline[], data: ProgressData): CourseProgress {
  const done = lessons.filter((l) => lessonStatus(l, data) === 'complete');
  const total = lessons.length;
  return {
    completed: done.length,
    total,
    fraction: total === 0 ? 0 : done.length / total,
    minutesLeft: lessons.filter((l) => !done.includes(l)).reduce((sum, l) => sum + l.minutes, 0),
  };
}

export interface ResumeTarget {
  slug: string;
  section?: string;
  /** True when the learner has not opened any lesson yet. */
  fresh: boolean;
}

/**
 * Where "Continue" goes: back to the lesson and section the learner last had open, unless that lesson
 * is complete, in which case the first lesson (in course order) that is not. Null when all are complete.
 */
export function resumeTarget(lessons: LessonOutline[], data: ProgressData): ResumeTarget | null {
  const ordered = [...lessons].sort((a, b) => a.order - b.order);
  const at = (lesson: LessonOutline): ResumeTarget => {
    const section = data.lessons[lesson.slug]?.lastSection;
    const known = section && lesson.sections.some((s) => s.id === section) ? section : undefined;
    return known ? { slug: lesson.slug, section: known, fresh: false } : { slug: lesson.slug, fresh: false };
  };
  const last = ordered.find((l) => l.slug === data.lastLesson?.slug);
  if (last && lessonStatus(last, data) !== 'complete') return at(last);
  const next = ordered.find((l) => lessonStatus(l, data) !== 'complete');
  if (!next) return null;
  const target = at(next);
  return data.lastLesson || Object.keys(data.lessons).length > 0 ? target : { ...target, fresh: true };
}

export interface Neighbours {
  previous?: LessonOutline;
  next?: LessonOutline;
}

export function neighbours(lessons: LessonOutline[], slug: string): Neighbours {
  const ordered = [...lessons].sort((a, b) => a.order - b.order);
  const index = ordered.findIndex((l) => l.slug === slug);
  if (index < 0) return {};
  const result: Neighbours = {};
  const previous = ordered[index - 1];
  const next = ordered[index + 1];
  if (previous) result.previous = previous;
  if (next) result.next = next;
  return result;
}

const earliest = (a?: string, b?: string) => (a && b ? (a < b ? a : b) : (a ?? b));
const newer = <T extends { updatedAt?: string }>(a: T, b: T): T =>
  (b.updatedAt ?? '') > (a.updatedAt ?? '') ? b : a;

function mergeLesson(a: LessonProgress, b: LessonProgress): LessonProgress {
  const latest = newer(a, b);
  const merged: LessonProgress = {
    timeSpentMs: Math.max(a.timeSpentMs, b.timeSpentMs),
    reachedEnd: a.reachedEnd || b.reachedEnd,
    updatedAt: latest.updatedAt,
  };
  const startedAt = earliest(a.startedAt, b.startedAt);
  const completedAt = earliest(a.completedAt, b.completedAt);
  const lastSection = latest.lastSection ?? a.lastSection ?? b.lastSection;
  if (startedAt) merged.startedAt = startedAt;
  if (completedAt) merged.completedAt = completedAt;
  if (lastSection) merged.lastSection = lastSection;
  return merged;
}

function mergeActivity(a: ActivityProgress, b: ActivityProgress): ActivityProgress {
  const latest = newer(a, b);
  return { ...latest, attempts: Math.max(a.attempts, b.attempts), completed: a.completed || b.completed };
}

function mergeRecords<T>(
  a: Record<string, T>,
  b: Record<string, T>,
  both: (x: T, y: T) => T,
): Record<string, T> {
  const out: Record<string, T> = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const mine = out[key];
    out[key] = mine === undefined ? value : both(mine, value);
  }
  return out;
}

function mergeAttempts(a: AssessmentAttempt[], b: AssessmentAttempt[]): AssessmentAttempt[] {
  const byId = new Map<string, AssessmentAttempt>();
  for (const attempt of [...a, ...b]) {
    const known = byId.get(attempt.id);
    // A submitted attempt beats its unsubmitted copy; otherwise keep the first seen.
    if (!known || (!known.submittedAt && attempt.submittedAt)) byId.set(attempt.id, attempt);
  }
  return [...byId.values()].sort((x, y) =>
    x.startedAt < y.startedAt ? -1 : x.startedAt > y.startedAt ? 1 : x.id < y.id ? -1 : 1,
  );
}

/**
 * Merges two copies of progress (this tab's and another's) lesson by lesson and activity by activity.
 * Nothing completed in either copy is lost; for everything else the more recent change wins.
 * Commutative and idempotent, so tabs converge whatever order their writes arrive in.
 */
export function mergeProgress(a: ProgressData, b: ProgressData): ProgressData {
  const merged: ProgressData = {
    lessons: mergeRecords(a.lessons, b.lessons, mergeLesson),
    activities: mergeRecords(a.activities, b.activities, mergeActivity),
    profile: newer(a.profile, b.profile),
    assessment: { attempts: mergeAttempts(a.assessment.attempts, b.assessment.attempts) },
    assignments: mergeRecords(a.assignments, b.assignments, (x, y) => (y.acceptedAt < x.acceptedAt ? y : x)),
  };
  const lastLesson =
    a.lastLesson && b.lastLesson
      ? b.lastLesson.at > a.lastLesson.at
        ? b.lastLesson
        : a.lastLesson
      : (a.lastLesson ?? b.lastLesson);
  if (lastLesson) merged.lastLesson = lastLesson;
  // Two copies with different seeds (two fresh tabs) settle on the same one whichever merges first.
  const seed = a.seed && b.seed ? (a.seed < b.seed ? a.seed : b.seed) : (a.seed ?? b.seed);
  if (seed) merged.seed = seed;
  const review = mergeReview(a.review, b.review);
  if (review) merged.review = review;
  return merged;
}

/** A value's JSON, to settle ties between two copies the same way whichever merges first. */
const key = (value: unknown) => JSON.stringify(value);

/**
 * Review sets from both copies, one per id (the earlier finish wins); the set under way is one not finished in
 * either copy: the one with more answers, then the later started. Commutative, like the rest of the merge.
 */
function mergeReview(a?: ReviewProgress, b?: ReviewProgress): ReviewProgress | undefined {
  if (!a && !b) return undefined;
  const byId = new Map<string, ReviewSetRecord>();
  for (const set of [...(a?.sets ?? []), ...(b?.sets ?? [])]) {
    const known = byId.get(set.id);
    if (!known || key([set.finishedAt, set]) < key([known.finishedAt, known])) byId.set(set.id, set);
  }
  const sets = [...byId.values()].sort((x, y) =>
    key([x.finishedAt, x.id]) < key([y.finishedAt, y.id]) ? -1 : 1,
  );
  const rank = (o: OpenReviewSet) => key([Object.keys(o.questions).length, o.startedAt, o]);
  const open = [a?.open, b?.open]
    .filter((o): o is OpenReviewSet => o !== undefined && !byId.has(o.id))
    .reduce<OpenReviewSet | undefined>((best, o) => (!best || rank(o) > rank(best) ? o : best), undefined);
  return open ? { sets, open } : { sets };
}
