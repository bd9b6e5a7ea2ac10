/**
 * Assignments as the learner's course sees them: what a trainer asked for, and how far the learner is.
 * Plain data and plain checks only (no schema library): the course home reads this on the first screen.
 * Links are validated with the full schema in `assignment-codec.ts` before anything is stored.
 */
import { dueState, dueText } from './due-dates';
import type { DueState } from './due-dates';
import { lessonStatus } from '../course/progress';
import { attemptCovers } from './assessment-scope';
import type { AcceptedAssignment, Assignment } from './assignment';
import type { AssessmentAttempt, LessonOutline, LessonStatus, ProgressData } from '../course/progress';

export interface AssessmentProgress {
  status: LessonStatus;
  /** Submitted sittings. */
  attempts: number;
  /** 0..1, the best submitted score. */
  bestScore?: number;
  passed: boolean;
  lastSubmittedAt?: string;
}

/**
 * How the learner stands on the final assessment against a pass mark given in percent. Given the
 * assigned `modules`, only sittings that covered all of them count (a sitting of the whole course does).
 */
export function assessmentProgress(
  attempts: AssessmentAttempt[],
  passMark: number,
  modules?: readonly string[],
): AssessmentProgress {
  const submitted = attempts.filter(
    (a) =>
      a.submittedAt && typeof a.score === 'number' && (modules === undefined || attemptCovers(a, modules)),
  );
  // A sitting passed only if it met its own rules (every lesson too) and reaches this pass mark.
  const passedOne = submitted.some(
    (a) => a.passed !== false && Math.round((a.score ?? 0) * 1000) / 10 >= passMark,
  );
  const best = submitted.reduce<number | undefined>(
    (max, a) => (max === undefined || (a.score ?? 0) > max ? a.score : max),
    undefined,
  );
  const passed = best !== undefined && passedOne;
  const status: LessonStatus = passed ? 'complete' : attempts.length > 0 ? 'in-progress' : 'not-started';
  const result: AssessmentProgress = { status, attempts: submitted.length, passed };
  if (best !== undefined) result.bestScore = best;
  const last = submitted
    .map((a) => a.submittedAt ?? '')
    .sort()
    .at(-1);
  if (last) result.lastSubmittedAt = last;
  return result;
}

interface AssignedModule {
  slug: string;
  title: string;
  /** Position in the course, from 1; null when this course has no such lesson. */
  number: number | null;
  status: LessonStatus;
}

export interface AssignmentPlan {
  assignment: Assignment;
  acceptedAt: string;
  modules: AssignedModule[];
  assessment: AssessmentProgress | null;
  done: number;
  total: number;
  complete: boolean;
  due: DueState;
  dueText: string;
}

/** One accepted assignment measured against the learner's progress on a given day. */
export function assignmentPlan(
  accepted: AcceptedAssignment,
  lessons: LessonOutline[],
  data: ProgressData,
  today: string,
): AssignmentPlan {
  const { assignment } = accepted;
  const ordered = [...lessons].sort((a, b) => a.order - b.order);
  const modules = assignment.modules.map((slug): AssignedModule => {
    const index = ordered.findIndex((l) => l.slug === slug);
    const lesson = ordered[index];
    return lesson
      ? { slug, title: lesson.title, number: index + 1, status: lessonStatus(lesson, data) }
      : { slug, title: slug, number: null, status: 'not-started' };
  });
  const assessment = assignment.assessment
    ? assessmentProgress(data.assessment.attempts, assignment.passMark, assignment.modules)
    : null;
  const done =
    modules.filter((m) => m.status === 'complete').length + (assessment?.status === 'complete' ? 1 : 0);
  const total = modules.length + (assessment ? 1 : 0);
  return {
    assignment,
    acceptedAt: accepted.acceptedAt,
    modules,
    assessment,
    done,
    total,
    complete: total > 0 && done === total,
    due: dueState(assignment.due, today),
    dueText: dueText(assignment.due, today),
  };
}

/** Every accepted assignment, unfinished ones first, soonest due first. */
export function assignmentPlans(
  data: ProgressData,
  lessons: LessonOutline[],
  today: string,
): AssignmentPlan[] {
  return Object.values(data.assignments)
    .map((accepted) => assignmentPlan(accepted, lessons, data, today))
    .sort(
      (a, b) =>
        Number(a.complete) - Number(b.complete) ||
        (a.assignment.due < b.assignment.due ? -1 : a.assignment.due > b.assignment.due ? 1 : 0) ||
        a.assignment.group.localeCompare(b.assignment.group),
    );
}
