import type { Ref } from 'react';
import type { HistoryEntry } from '../../../domain/activities/scenario-engine';
import { moodLabel } from '../../../domain/activities/scenario-engine';
import type { RubricResult } from '../../../domain/activities/reply-rubric';
import { SERVICE_MOVES } from '../../../domain/activities/reply-rubric';
import { TRUST_MAX } from '../../../domain/activities/scenario-types';
import { signed } from './role-play-persona';

/** What the on-device coach can and cannot do, said wherever its findings appear. */
export const COACH_LIMITS =
  'This coach looks for key phrases on your device. It’s a guide, not a judge: a good reply in other words may be missed, and it cannot hear tone.';

const moveLabel = (move: string) => SERVICE_MOVES.find((m) => m.move === move)?.label ?? move;
const moveTip = (move: string) => SERVICE_MOVES.find((m) => m.move === move)?.tip ?? '';

/** What the coach found in a typed reply: moves with the learner's own phrases, moves missing, defensive words. */
export function CoachFindings({ rubric, readAs }: { rubric: RubricResult; readAs: string }) {
  return (
    <div className="rp-coach">
      <p className="rp-coach-title">What the coach found in your reply</p>
      <p>{rubric.explanation}</p>
      <ul className="rp-coach-list">
        {rubric.found.map((f) => (
          <li key={f.move} className="rp-found">
            <span aria-hidden="true">✓ </span>
            <strong>Found: {moveLabel(f.move)}</strong> in “{f.phrase}”
          </li>
        ))}
        {rubric.missing.map((move) => (
          <li key={move} className="rp-missing">
            <span aria-hidden="true">○ </span>
            <strong>Not found: {moveLabel(move)}</strong>: {moveTip(move)}
          </li>
        ))}
        {rubric.defensive.map((d) => (
          <li key={d.kind} className="rp-defensive">
            <span aria-hidden="true">⚠ </span>
            <strong>Defensive: “{d.phrase}”</strong> {d.why}
          </li>
        ))}
      </ul>
      <p>
        The customer hears your reply much like this one: <q>{readAs}</q>
      </p>
      <p className="rp-coach-limits">{COACH_LIMITS}</p>
    </div>
  );
}

/** The effect of a move in words: "Mood +1 (now calm) · Trust −1 (now 1 of 5) · +2 points". */
export function effectsInWords(entry: HistoryEntry): string {
  const { mood = 0, trust = 0, score = 0 } = entry.effects;
  const parts: string[] = [];
  if (mood !== 0) parts.push(`Mood ${signed(mood)} (now ${moodLabel(entry.variables.mood)})`);
  if (trust !== 0) parts.push(`Trust ${signed(trust)} (now ${entry.variables.trust} of ${TRUST_MAX})`);
  if (score !== 0) parts.push(`${signed(score)} point${Math.abs(score) === 1 ? '' : 's'}`);
  return parts.length > 0 ? parts.join(' · ') : 'No change to mood, trust or points';
}

/** How good a move was, in words (with an icon that is decoration only). */
export function verdict(entry: HistoryEntry): { icon: string; text: string; tone: string } {
  if (entry.best) return { icon: '★', text: 'The best move here', tone: 'best' };
  if ((entry.effects.score ?? 0) > 0)
    return { icon: '◐', text: 'Helpful, but not the best move', tone: 'ok' };
  return { icon: '✗', text: 'This made things harder', tone: 'poor' };
}

/** Feedback after a move: a verdict in words, the coach's findings for a typed reply, why, and the effect. */
export function MoveFeedback({ entry, focusRef }: { entry: HistoryEntry; focusRef?: Ref<HTMLDivElement> }) {
  const v = verdict(entry);
  return (
    <div className={`rp-feedback rp-feedback-${v.tone}`} tabIndex={-1} ref={focusRef}>
      <p className="rp-feedback-verdict">
        <span aria-hidden="true">{v.icon} </span>
        {v.text}
      </p>
      {entry.rubric && <CoachFindings rubric={entry.rubric} readAs={entry.choiceText} />}
      <p>{entry.feedback}</p>
      <p className="rp-effects">
        <span className="visually-hidden">Effect: </span>
        {effectsInWords(entry)}
      </p>
    </div>
  );
}
