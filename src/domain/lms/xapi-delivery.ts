/**
 * What the learner is told about xAPI reporting, in calm words: progress is never lost in any of these
 * cases (it is saved in the browser, and statements wait in their queue), but the learner and whoever
 * supports them should know when records are not reaching the organisation.
 */

export type DeliveryState =
  /** Everything sent, or sending now. */
  | { kind: 'ok' }
  /** No answer from the LRS, or it is failing: statements wait and are retried. */
  | { kind: 'waiting' }
  /** The LRS refused the connection (credentials, address), or the launch link could not be used. */
  | { kind: 'rejected' };

export interface DeliveryFacts {
  state: DeliveryState;
  /** Statements of this launch the LRS refused one by one (set aside, kept in the browser). */
  setAside: number;
  /** Statements of other launches (another learner or LRS) waiting in this browser for their own launch. */
  waitingElsewhere: number;
}

type DeliveryLineId = 'waiting' | 'rejected' | 'set-aside' | 'elsewhere';

export interface DeliveryLine {
  id: DeliveryLineId;
  text: string;
}

export const DELIVERY_TEXT = {
  waiting: 'Your progress is saved here and will be sent when the connection returns.',
  rejected:
    'Your organisation’s tracking address was rejected. Your progress is saved here; if this stays, ask whoever sent you the course link for a new one.',
  setAside:
    'Some of your records could not be sent to your organisation’s tracking system. They are kept in this browser, and the rest are being sent as usual.',
} as const;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The lines to show, most important first; none when all is well. */
export function deliveryLines(facts: DeliveryFacts): DeliveryLine[] {
  const lines: DeliveryLine[] = [];
  if (facts.state.kind === 'rejected') lines.push({ id: 'rejected', text: DELIVERY_TEXT.rejected });
  if (facts.state.kind === 'waiting') lines.push({ id: 'waiting', text: DELIVERY_TEXT.waiting });
  if (facts.setAside > 0) lines.push({ id: 'set-aside', text: DELIVERY_TEXT.setAside });
  if (facts.waitingElsewhere > 0) {
    lines.push({
      id: 'elsewhere',
      text: `${plural(facts.waitingElsewhere, 'record', 'records')} from another course link on this browser ${
        facts.waitingElsewhere === 1 ? 'is' : 'are'
      } kept for that link and will be sent only when it is opened again.`,
    });
  }
  return lines;
}

/** What the learner sees when the launch link itself cannot be used (no tracker runs to say more). */
export const rejectedLaunchLines = (): DeliveryLine[] =>
  deliveryLines({ state: { kind: 'rejected' }, setAside: 0, waitingElsewhere: 0 });
