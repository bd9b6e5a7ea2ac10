import { DEFAULT_PASS_MARK } from '../assessment/assessment';
import type { AssignmentDraft } from './assignment-codec';

/** The pass mark a link carries when the trainer was not asked for one: the course's own, as a percentage. */
export const UNASKED_PASS_MARK = String(Math.round(DEFAULT_PASS_MARK * 100));

/**
 * The trainer is asked for a pass mark only when the final assessment is part of the assignment. Without it,
 * whatever the (hidden) pass-mark field holds is not the trainer's answer, so it neither blocks the link
 * nor travels in it: the course's own pass mark does.
 */
export function draftToSubmit(draft: AssignmentDraft): AssignmentDraft {
  return draft.assessment ? draft : { ...draft, passMark: UNASKED_PASS_MARK };
}
