/**
 * Which lessons the final assessment covers for this learner. With no assignment it covers the whole
 * course. When the learner's latest assignment that includes the assessment names only some modules, the
 * assessment covers those modules: it opens once they are complete and draws only their items, so an
 * assignment can always be finished as assigned.
 */
import type { AssessmentAttempt, LessonOutline } from '../course/progress';
import { latestAssignment } from './assignment';
import type { AcceptedAssignment } from './assignment';

export interface AssessmentScope {
  /** The lessons the assessment covers, in course order. */
  lessons: LessonOutline[];
  /** True when an assignment narrowed it to fewer than every lesson. */
  partial: boolean;
}

const inCourseOrder = (lessons: readonly LessonOutline[]) => [...lessons].sort((a, b) => a.order - b.order);

/**
 * The assessment's lessons: the modules of the most recently accepted assignment that includes the
 * assessment (those this course has), or every lesson when there is none or it names none of them.
 */
export function assessmentScope(
  assignments: Record<string, AcceptedAssignment>,
  lessons: readonly LessonOutline[],
): AssessmentScope {
  const all = inCourseOrder(lessons);
  const assigned = latestAssignment(assignments, (a) => a.assessment);
  const chosen = all.filter((l) => assigned?.modules.includes(l.slug));
  if (chosen.length === 0 || chosen.length === all.length) return { lessons: all, partial: false };
  return { lessons: chosen, partial: true };
}

/** The lesson slugs a sitting records: the assigned ones when narrowed, none (meaning all) otherwise. */
export const scopeOfAttempt = (scope: AssessmentScope): string[] | undefined =>
  scope.partial ? scope.lessons.map((l) => l.slug) : undefined;

/** The lessons a sitting covered, in course order: those it recorded, or the whole course. */
export function attemptLessons(
  attempt: Pick<AssessmentAttempt, 'lessons'>,
  lessons: readonly LessonOutline[],
): LessonOutline[] {
  const all = inCourseOrder(lessons);
  if (!attempt.lessons) return all;
  const covered = all.filter((l) => attempt.lessons?.includes(l.slug));
  return covered.length > 0 ? covered : all;
}

/** Whether a sitting covered every one of `modules` (a sitting of the whole course covers any). */
export const attemptCovers = (attempt: Pick<AssessmentAttempt, 'lessons'>, modules: readonly string[]) =>
  attempt.lessons === undefined || modules.every((m) => attempt.lessons?.includes(m));

/** What the trainer's form says about the final assessment for the modules ticked so far. */
export function assessmentCoverage(modules: readonly string[], lessons: readonly { slug: string }[]): string {
  const ticked = lessons.filter((l) => modules.includes(l.slug)).length;
  if (ticked === 0 || ticked === lessons.length)
    return 'The final assessment covers the whole course: learners take it once every lesson is complete.';
  const these = ticked === 1 ? 'the one module ticked' : `only the ${ticked} modules ticked`;
  return `The final assessment covers ${these}: learners take it once ${ticked === 1 ? 'it is' : 'they are'} complete, its questions come from ${ticked === 1 ? 'that lesson' : 'those lessons'} only, and the certificate names ${ticked === 1 ? 'it' : 'them'}.`;
}
