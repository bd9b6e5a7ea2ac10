import type { Ref } from 'react';
import type { HistoryEntry } from '../../../domain/activities/scenario-engine';
import type { ReplyJudgement, ReplyVerdict } from '../../../domain/activities/reply-rubric';
import { ACTION_LABELS, FAULT_LABELS } from '../../../domain/activities/reply-labels';
import { effectsInWords } from '../../../domain/activities/role-play-scoring';

/** What the on-device coach can and cannot do, said wherever its findings appear. */
export const COACH_LIMITS =
  'The coach reads your reply on your device for what it does (apologise, offer a fix, commit to a time…), in any wording. It is an automatic reading, not a judge: it can miss an unusual wording and cannot hear tone.';

const VERDICT_TEXT: Record<Exclude<ReplyVerdict, 'coached'>, { icon: string; text: string; tone: string }> = {
  good: { icon: '★', text: 'The coach reads this as a strong reply', tone: 'best' },
  partial: { icon: '◐', text: 'The coach reads this as part of a strong reply', tone: 'ok' },
  weak: { icon: '○', text: 'The coach reads this as not yet helping', tone: 'poor' },
  harmful: { icon: '✗', text: 'The coach reads this as making things worse', tone: 'poor' },
};

/** What the coach understood a typed reply to do, with the learner's words as evidence. */
function CoachFindings({ judgement, readAs }: { judgement: ReplyJudgement; readAs: string }) {
  const { reading, missing } = judgement;
  return (
    <div className="rp-coach">
      <p className="rp-coach-title">What the coach understood</p>
      <p>{judgement.understood}</p>
      <p>{judgement.summary}</p>
      <ul className="rp-coach-list">
        {reading.actions.map((a) => (
          <li key={a.id} className="rp-found">
            <span aria-hidden="true">✓ </span>
            <strong>{capitalise(ACTION_LABELS[a.id].doing)}</strong> in “{a.words}”
          </li>
        ))}
        {reading.faults.map((f) => (
          <li key={f.id} className="rp-defensive">
            <span aria-hidden="true">⚠ </span>
            <strong>{capitalise(FAULT_LABELS[f.id].doing)}</strong> in “{f.words}”: {FAULT_LABELS[f.id].why}
          </li>
        ))}
        {judgement.verdict !== 'good' &&
          missing.map((a) => (
            <li key={a} className="rp-missing">
              <span aria-hidden="true">○ </span>
              <strong>Not found:</strong> {ACTION_LABELS[a].tip}
            </li>
          ))}
      </ul>
      <p>
        The conversation carries on from the scripted reply closest to yours: <q>{readAs}</q>
      </p>
      <p className="rp-coach-limits">{COACH_LIMITS}</p>
    </div>
  );
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** How good a move was, in words (with an icon that is decoration only). */
export function verdict(
  entry: HistoryEntry,
  judgement?: ReplyJudgement | null,
): { icon: string; text: string; tone: string } {
  if (judgement && judgement.verdict !== 'coached') return VERDICT_TEXT[judgement.verdict];
  if (entry.best) return { icon: '★', text: 'The best move here', tone: 'best' };
  if (entry.change.score > 0) return { icon: '◐', text: 'Helpful, but not the best move', tone: 'ok' };
  return { icon: '✗', text: 'This made things harder', tone: 'poor' };
}

export interface MoveFeedbackProps {
  entry: HistoryEntry;
  /** The coach's reading of a typed reply; null while the language tools load. */
  judgement?: ReplyJudgement | null | undefined;
  focusRef?: Ref<HTMLDivElement>;
}

/** Feedback after a move: a verdict in words, the coach's reading of a typed reply, why, and the effect. */
export function MoveFeedback({ entry, judgement, focusRef }: MoveFeedbackProps) {
  const v = verdict(entry, judgement);
  return (
    <div className={`rp-feedback rp-feedback-${v.tone}`} tabIndex={-1} ref={focusRef}>
      <p className="rp-feedback-verdict">
        <span aria-hidden="true">{v.icon} </span>
        {v.text}
      </p>
      {entry.text !== undefined && judgement && (
        <CoachFindings judgement={judgement} readAs={entry.choiceText} />
      )}
      {entry.text !== undefined && judgement === null && (
        <p className="rp-coach-pending">
          The coach’s reading of your reply appears once the language tools load.
        </p>
      )}
      <p>{entry.feedback}</p>
      <p className="rp-effects">
        <span className="visually-hidden">Effect: </span>
        {effectsInWords(entry)}
      </p>
    </div>
  );
}
