import type { AssessmentAttempt, ProgressData } from '../domain/course/progress';
import type { CourseSummary } from './tracker';

/** What an LMS is told about the course, worked out from the learner's progress. */
export interface CourseStatus {
  lessonsCompleted: number;
  lessonsTotal: number;
  /** Best score of a submitted final assessment attempt, 0..1; undefined before any. */
  score?: number;
  /** Some submitted attempt passed. */
  passed: boolean;
  /** Some attempt was submitted. */
  attempted: boolean;
  /** Every lesson is complete and the final assessment is passed. */
  complete: boolean;
  /** `slug#section` of the lesson last open, `slug` without a known section, '' before any. */
  location: string;
}

const attemptPassed = (a: AssessmentAttempt) => a.passed ?? (a.score !== undefined && a.score >= a.passMark);

export function courseStatus(course: CourseSummary, data: ProgressData): CourseStatus {
  const lessonsTotal = course.lessons.length;
  const lessonsCompleted = course.lessons.filter((l) => Boolean(data.lessons[l.slug]?.completedAt)).length;
  const submitted = data.assessment.attempts.filter((a) => a.submittedAt);
  const scores = submitted.map((a) => a.score).filter((s): s is number => typeof s === 'number');
  const passed = submitted.some(attemptPassed);
  const lessonsDone = lessonsTotal > 0 && lessonsCompleted === lessonsTotal;
  const status: CourseStatus = {
    lessonsCompleted,
    lessonsTotal,
    passed,
    attempted: submitted.length > 0,
    complete: lessonsDone && passed,
    location: '',
  };
  if (scores.length > 0) status.score = Math.min(1, Math.max(0, Math.max(...scores)));
  const last = data.lastLesson?.slug;
  if (last) {
    const section = data.lessons[last]?.lastSection;
    status.location = section ? `${last}#${section}` : last;
  }
  return status;
}

/** The score as the LMS wants it: 0..100 with at most two decimals. */
export const rawScore = (score: number) => String(Math.round(score * 10_000) / 100);

/** 0..1 with at most four decimals, as SCORM 2004's real numbers. */
export const scaled = (value: number) =>
  String(Math.round(Math.min(1, Math.max(0, value)) * 10_000) / 10_000);
