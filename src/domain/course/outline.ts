/**
 * The course as a learner finds their way through it: the outline beside every lesson, where the last
 * lesson leads, and how far along the whole course (lessons, then the final assessment) the learner is.
 */
import { passingAttempt } from '../assessment/results';
import { lessonStatus } from './progress';
import type { LessonOutline, LessonStatus, ProgressData } from './progress';

interface OutlineItem {
  slug: string;
  title: string;
  /** 1-based position in course order: "Module 3". */
  number: number;
  status: LessonStatus;
  /** True for the lesson being read. */
  current: boolean;
}

export interface CourseOutline {
  items: OutlineItem[];
  completed: number;
  total: number;
  /** The number of the lesson being read, or null when none of the lessons is. */
  currentNumber: number | null;
  /** The final assessment, last in the outline: passed once any submitted attempt passed. */
  assessment: { passed: boolean };
}

/** Every lesson in course order with its status, the one being read marked as current. */
export function courseOutline(
  lessons: readonly LessonOutline[],
  data: ProgressData,
  currentSlug?: string,
): CourseOutline {
  const items = [...lessons]
    .sort((a, b) => a.order - b.order)
    .map((lesson, index) => ({
      slug: lesson.slug,
      title: lesson.title,
      number: index + 1,
      status: lessonStatus(lesson, data),
      current: lesson.slug === currentSlug,
    }));
  return {
    items,
    completed: items.filter((item) => item.status === 'complete').length,
    total: items.length,
    currentNumber: items.find((item) => item.current)?.number ?? null,
    assessment: { passed: Boolean(passingAttempt(data.assessment.attempts)) },
  };
}

/**
 * Where the learner stands at the end of the course:
 * - `learning`: lessons are still to complete;
 * - `assessment`: every lesson is complete and the final assessment is not yet passed;
 * - `passed`: the final assessment was passed (its best passing score and date), so the certificate is ready.
 */
export type CourseEnd =
  { stage: 'learning' } | { stage: 'assessment' } | { stage: 'passed'; score: number; passedOn: string };

export function courseEnd(lessons: readonly LessonOutline[], data: ProgressData): CourseEnd {
  const passed = passingAttempt(data.assessment.attempts);
  if (passed?.submittedAt) {
    return { stage: 'passed', score: passed.score ?? 0, passedOn: passed.submittedAt.slice(0, 10) };
  }
  return lessons.every((lesson) => lessonStatus(lesson, data) === 'complete')
    ? { stage: 'assessment' }
    : { stage: 'learning' };
}
