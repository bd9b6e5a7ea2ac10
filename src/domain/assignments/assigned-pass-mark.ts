import { DEFAULT_PASS_MARK } from '../assessment/assessment';
import type { AttemptPolicy } from '../assessment/attempt-rules';
import { latestAssignment } from './assignment';
import { PASS_MARK } from './assignment-codec';
import type { AcceptedAssignment } from './assignment';

/**
 * The pass mark for the final assessment: the one set by the most recently accepted assignment that
 * includes the assessment (stored as a whole percentage), otherwise the course default of 80%. A pass mark
 * outside 50–100% (from a link accepted before that rule) is not used.
 */
export function assignedPassMark(assignments: Record<string, AcceptedAssignment>): number {
  const latest = latestAssignment(
    assignments,
    (a) => a.assessment && a.passMark >= PASS_MARK.min && a.passMark <= PASS_MARK.max,
  );
  return latest ? latest.passMark / 100 : DEFAULT_PASS_MARK;
}

/**
 * The retake rule of the most recently accepted assignment that includes the assessment. Absent fields
 * mean the defaults: as many sittings as the learner likes, with no wait.
 */
export function assignedAttemptPolicy(assignments: Record<string, AcceptedAssignment>): AttemptPolicy {
  const latest = latestAssignment(assignments, (a) => a.assessment);
  const policy: AttemptPolicy = {};
  const whole = (v: number | undefined, min: number): v is number =>
    typeof v === 'number' && Number.isInteger(v) && v >= min;
  if (whole(latest?.maxAttempts, 1)) policy.maxAttempts = latest.maxAttempts;
  if (whole(latest?.waitHours, 1)) policy.waitHours = latest.waitHours;
  return policy;
}
