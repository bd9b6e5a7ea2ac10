/**
 * Which final-assessment attempt counts, and how a score is written. Kept apart from the rest of the
 * assessment rules (drawing and scoring questions), so the course home and header can tell a pass
 * without loading the scoring code.
 */
import type { AssessmentAttempt } from '../course/progress';

/** The best submitted passing attempt (the earliest of equal scores): the one a certificate records. */
export function passingAttempt(attempts: readonly AssessmentAttempt[]): AssessmentAttempt | undefined {
  const passes = attempts.filter((a) => a.passed && a.submittedAt);
  return passes.reduce<AssessmentAttempt | undefined>(
    (top, a) => (!top || (a.score ?? 0) > (top.score ?? 0) ? a : top),
    undefined,
  );
}

/** A score of 0..1 as a percentage, to one decimal where needed: 0.9 → "90%", 0.875 → "87.5%". */
export function formatPercent(score: number): string {
  return `${Math.round(score * 1000) / 10}%`.replace('.0%', '%');
}
