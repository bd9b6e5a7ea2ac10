/**
 * How quiz feedback is worded: the verdict, the option messages under it (never repeating the
 * verdict's own words), the short marking line for "select all that apply", and how a chosen option
 * looks once it is marked.
 */
import type { ScoreResult } from './quiz-scoring';

export interface Verdict {
  icon: string;
  text: string;
}

/** The headline of a checked answer: "✓ Correct", "◐ Partly right: 50% of the mark" or "✗ Not quite". */
export function verdictOf(result: Pick<ScoreResult, 'correct' | 'credit'>): Verdict {
  if (result.correct) return { icon: '✓', text: 'Correct' };
  if (result.credit > 0)
    return { icon: '◐', text: `Partly right: ${Math.round(result.credit * 100)}% of the mark` };
  return { icon: '✗', text: 'Not quite' };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A feedback message as shown under a verdict: when it opens with the verdict's own words ("Not quite.
 * Anyone who relies…" under "✗ Not quite"), those words are dropped so they are not said twice.
 */
export function withoutVerdict(message: string, verdict: Verdict): string {
  const opening = new RegExp(`^\\s*${escape(verdict.text)}(?!\\w)\\s*[.,:;!—–-]?\\s*`, 'i');
  const rest = message.replace(opening, '');
  if (rest === message) return message;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** The marking rule of a multiple-choice question in one short line; the full rule sits behind "How is this marked?". */
export const MARKING_SUMMARY = 'Wrong picks take marks away.';

/** How a choice looks: chosen (not yet marked), right or wrong once marked, or plain. */
export type ChoiceLook = 'plain' | 'chosen' | 'right' | 'wrong';

/** A chosen option marked wrong shows as wrong, not as chosen; one marked right shows as right. */
export function choiceLook(chosen: boolean, mark: boolean | undefined): ChoiceLook {
  if (mark === false) return 'wrong';
  if (mark === true) return 'right';
  return chosen ? 'chosen' : 'plain';
}

/** The class a choice's label carries for its look. */
export const choiceClass = (look: ChoiceLook): string => (look === 'plain' ? 'choice' : `choice is-${look}`);
