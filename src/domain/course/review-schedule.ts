/**
 * Spaced review: when a learner's review sets fall due, computed from saved progress alone (no server).
 *
 * Each completed lesson is reviewed three times: about 2, 7 and 30 days after it was completed
 * (REVIEW_DAYS). A review is never sooner than the planned gap after that lesson's review before it
 * (5 days, then 23), so a review done late pushes the next one back instead of bringing it due at once.
 * Reviews never pile up: everything due at the moment is gathered into one set, and a learner away for
 * a week finds one set waiting, not one per lesson or per missed step. A set under way stays the one due
 * until it is finished, so a reload carries on with the same questions.
 */
import { reviewOn } from '../assignments/assignment';
import type { ProgressData, ReviewSetRecord } from './progress';

/** Days after a lesson's completion at which its three reviews fall due. */
const REVIEW_DAYS = [2, 7, 30] as const;
/** Questions in a spaced review set, and in a lesson's warm-up. */
export const REVIEW_SET_SIZE = 5;
export const WARM_UP_SIZE = 3;
/** What one review question takes, on average, to read, answer and read the feedback of. */
const SECONDS_PER_QUESTION = 45;
const DAY_MS = 86_400_000;

/** What these rules need of a lesson. */
export interface ScheduleLesson {
  slug: string;
  order: number;
}

/** Where one lesson stands in its reviews. */
export interface LessonReviewStep {
  slug: string;
  /** Reviews done so far, 0 to 3. */
  done: number;
  /** When the next one falls due (ISO), or null when all three are done or the lesson is not complete. */
  dueAt: string | null;
}

/** The one review set due now. */
export interface DueReview {
  /** The set's id: `review-N`, N one more than the sets finished. */
  id: string;
  /** The lessons it reviews, by slug, in course order. */
  lessons: string[];
  /** True when the learner has started it and not finished it. */
  started: boolean;
}

/** Whether spaced review is on for this learner: on, unless their latest assignment turned it off. */
export function reviewEnabled(data: ProgressData): boolean {
  return reviewOn(data.assignments);
}

const time = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

/** The finished sets that reviewed `slug`, earliest first. */
const setsFor = (sets: readonly ReviewSetRecord[], slug: string) =>
  sets.filter((s) => s.lessons.includes(slug)).sort((a, b) => time(a.finishedAt) - time(b.finishedAt));

/** Each completed lesson's reviews done and when its next falls due, in course order. */
export function reviewSteps(lessons: readonly ScheduleLesson[], data: ProgressData): LessonReviewStep[] {
  const sets = data.review?.sets ?? [];
  return [...lessons]
    .sort((a, b) => a.order - b.order)
    .flatMap((lesson): LessonReviewStep[] => {
      const completedAt = data.lessons[lesson.slug]?.completedAt;
      if (!completedAt || Number.isNaN(time(completedAt))) return [];
      const done = setsFor(sets, lesson.slug);
      const step = Math.min(done.length, REVIEW_DAYS.length);
      if (step >= REVIEW_DAYS.length) return [{ slug: lesson.slug, done: step, dueAt: null }];
      const planned = time(completedAt) + REVIEW_DAYS[step]! * DAY_MS;
      const last = done[done.length - 1];
      const gap = (REVIEW_DAYS[step]! - (step > 0 ? REVIEW_DAYS[step - 1]! : 0)) * DAY_MS;
      const spaced = last ? time(last.finishedAt) + gap : planned;
      return [{ slug: lesson.slug, done: step, dueAt: iso(Math.max(planned, spaced)) }];
    });
}

/**
 * The review set due at `now`, or null. One set at most: every lesson whose next review has fallen due
 * goes into it. The set the learner has started stays due until finished, whatever the clock says.
 */
export function dueReview(
  lessons: readonly ScheduleLesson[],
  data: ProgressData,
  now: Date,
): DueReview | null {
  if (!reviewEnabled(data)) return null;
  const sets = data.review?.sets ?? [];
  const open = data.review?.open;
  if (open && !sets.some((s) => s.id === open.id))
    return { id: open.id, lessons: [...open.lessons], started: true };
  const due = reviewSteps(lessons, data).filter((s) => s.dueAt !== null && time(s.dueAt) <= now.getTime());
  if (due.length === 0) return null;
  return { id: `review-${sets.length + 1}`, lessons: due.map((s) => s.slug), started: false };
}

/** When the next review falls due after `now` and which lessons it holds then; null when none is coming. */
export function nextReview(
  lessons: readonly ScheduleLesson[],
  data: ProgressData,
  now: Date,
): { at: string; lessons: string[] } | null {
  if (!reviewEnabled(data)) return null;
  const coming = reviewSteps(lessons, data).filter(
    (s): s is LessonReviewStep & { dueAt: string } => s.dueAt !== null && time(s.dueAt) > now.getTime(),
  );
  const first = coming.reduce<number | null>(
    (min, s) => (min === null || time(s.dueAt) < min ? time(s.dueAt) : min),
    null,
  );
  if (first === null) return null;
  return { at: iso(first), lessons: coming.filter((s) => time(s.dueAt) === first).map((s) => s.slug) };
}

/** About how many minutes a set of `questions` takes, never less than one. */
export function reviewMinutes(questions: number): number {
  return Math.max(1, Math.round((questions * SECONDS_PER_QUESTION) / 60));
}

/** Whole days from `now` until `at`, rounded up: "in 5 days". */
export function daysUntil(at: string, now: Date): number {
  return Math.max(0, Math.ceil((time(at) - now.getTime()) / DAY_MS));
}

/** When `at` comes, from `now`, in words: "in about 5 days", "in about 1 day" (never "0 days"). */
export function dueInWords(at: string, now: Date): string {
  const days = Math.max(1, daysUntil(at, now));
  return `in about ${days} day${days === 1 ? '' : 's'}`;
}

/** Lesson numbers in words: [2] "lesson 2", [1, 3] "lessons 1 and 3", [1, 2, 3, 5] "lessons 1–3 and 5". */
export function lessonNumbersText(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  if (sorted.length === 0) return 'no lessons';
  if (sorted.length === 1) return `lesson ${sorted[0]}`;
  const runs: number[][] = [];
  for (const n of sorted) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === n - 1) run.push(n);
    else runs.push([n]);
  }
  // A run of three or more reads as a range; shorter runs are listed.
  const parts = runs.flatMap((run) =>
    run.length >= 3 ? [`${run[0]}–${run[run.length - 1]}`] : run.map(String),
  );
  const last = parts.pop();
  return `lessons ${parts.length > 0 ? `${parts.join(', ')} and ${last}` : last}`;
}

/** "5 questions from lessons 1–3, about 4 minutes". `numbers` are the lessons' places in the course. */
export function reviewSummary(questions: number, numbers: readonly number[]): string {
  const count = questions === 1 ? '1 question' : `${questions} questions`;
  const minutes = reviewMinutes(questions);
  return `${count} from ${lessonNumbersText(numbers)}, about ${minutes} minute${minutes === 1 ? '' : 's'}`;
}
