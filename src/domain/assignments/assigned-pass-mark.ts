import { DEFAULT_PASS_MARK } from '../assessment/assessment';
import { latestAssignment } from './assignment';
import type { AcceptedAssignment } from './assignment';

/**
 * The pass mark for the final assessment: the one set by the most recently accepted assignment that
 * includes the assessment (stored as a whole percentage), otherwise the course default of 80%.
 */
export function assignedPassMark(assignments: Record<string, AcceptedAssignment>): number {
  const latest = latestAssignment(assignments, (a) => a.assessment && a.passMark >= 1 && a.passMark <= 100);
  return latest ? latest.passMark / 100 : DEFAULT_PASS_MARK;
}
