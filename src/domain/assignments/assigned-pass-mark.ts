import type { AcceptedAssignment } from '../course/progress';
import { DEFAULT_PASS_MARK } from '../assessment/assessment';
import type { AttemptPolicy } from '../assessment/attempt-rules';

/**
 * The pass mark for the final assessment: the one set by the most recently accepted assignment that
 * includes the assessment (stored as a whole percentage), otherwise the course default of 80%.
 */
export function assignedPassMark(assignments: Record<string, AcceptedAssignment>): number {
  const withAssessment = Object.values(assignments)
    .filter((a) => {
      const body = a.assignment as { assessment?: unknown; passMark?: unknown } | null;
      return (
        body?.assessment === true &&
        typeof body.passMark === 'number' &&
        body.passMark >= 1 &&
        body.passMark <= 100
      );
    })
    .sort((a, b) => (a.acceptedAt < b.acceptedAt ? 1 : -1));
  const latest = withAssessment[0]?.assignment as { passMark: number } | undefined;
  return latest ? latest.passMark / 100 : DEFAULT_PASS_MARK;
}

/**
 * The retake rule of the most recently accepted assignment that includes the assessment. Absent fields
 * mean the defaults: as many sittings as the learner likes, with no wait.
 */
export function assignedAttemptPolicy(assignments: Record<string, AcceptedAssignment>): AttemptPolicy {
  const latest = Object.values(assignments)
    .filter((a) => (a.assignment as { assessment?: unknown } | null)?.assessment === true)
    .sort((a, b) => (a.acceptedAt < b.acceptedAt ? 1 : -1))[0]?.assignment as
    { maxAttempts?: unknown; waitHours?: unknown } | undefined;
  const policy: AttemptPolicy = {};
  const whole = (v: unknown, min: number): v is number =>
    typeof v === 'number' && Number.isInteger(v) && v >= min;
  if (whole(latest?.maxAttempts, 1)) policy.maxAttempts = latest.maxAttempts;
  if (whole(latest?.waitHours, 1)) policy.waitHours = latest.waitHours;
  return policy;
}
