import { useId } from 'react';
import type { Ref } from 'react';
import type { EngineState } from '../../../domain/activities/scenario-engine';
import type { Ending, Outcome } from '../../../domain/activities/scenario-types';
import { movePoints, pointsInWords, pointsTotal } from '../../../domain/activities/role-play-scoring';
import type { ScenarioSummary } from './role-play-answers';
import { verdict } from './role-play-feedback';

/** A reply in quotation marks, or as it stands when it describes an action "(in brackets)". */
function Said({ text }: { text: string }) {
  return text.startsWith('(') ? <span>{text}</span> : <q>{text}</q>;
}

const OUTCOME_WORDS: Record<Outcome, { label: string; meaning: string }> = {
  lost: { label: 'Customer lost', meaning: 'They are taking their business elsewhere.' },
  satisfied: { label: 'Satisfied customer', meaning: 'The problem is solved, but they are not a fan yet.' },
  promoter: { label: 'Promoter', meaning: 'They will come back and recommend you to others.' },
};

function OutcomeBadge({ ending }: { ending: Ending }) {
  const words = OUTCOME_WORDS[ending.outcome];
  return (
    <p className={`rp-outcome rp-outcome-${ending.outcome}`}>
      <span className="rp-outcome-label">Outcome: {words.label}.</span> {words.meaning}
    </p>
  );
}

export interface DebriefProps {
  state: EngineState;
  summary: ScenarioSummary;
  onReplay: () => void;
  headingRef?: Ref<HTMLHeadingElement>;
}

/** The end of a role-play: the outcome, the score, the learner's path beside the best one, and what a great representative does. */
export function Debrief({ state, summary, onReplay, headingRef }: DebriefProps) {
  const headingId = useId();
  const ending = state.ending;
  if (!ending) return null;
  const { best, maxScore } = summary;
  // The sum of the points shown after each move, which is the engine's running score.
  const score = pointsTotal(state.history);
  const bestCount = state.history.filter((h) => h.best).length;
  return (
    <section className="rp-debrief" aria-labelledby={headingId}>
      <h4 id={headingId} tabIndex={-1} ref={headingRef}>
        Debrief: {ending.title}
      </h4>
      <OutcomeBadge ending={ending} />
      <p className="rp-score">
        Score: <strong>{score}</strong> of {maxScore} points. You made the best move at {bestCount} of{' '}
        {state.history.length} turns.
      </p>
      <h5>What a great representative would have done</h5>
      <p>{ending.debrief}</p>
      <h5>Your path beside the best path</h5>
      <div className="rp-paths">
        <div className="rp-path">
          <p className="rp-path-title">Your path</p>
          <ol>
            {state.history.map((entry, i) => {
              const v = verdict(entry);
              return (
                <li key={i} className={`rp-step rp-step-${v.tone}`}>
                  <span className="rp-step-verdict">
                    <span aria-hidden="true">{v.icon} </span>
                    {v.text}
                  </span>
                  {entry.text !== undefined ? (
                    <>
                      <q>{entry.text}</q> <span className="rp-step-note">(your own words)</span>
                    </>
                  ) : (
                    <Said text={entry.choiceText} />
                  )}{' '}
                  <span className="rp-step-points">({pointsInWords(movePoints(entry))})</span>
                </li>
              );
            })}
          </ol>
          <p className="rp-path-end">
            Ending: {ending.title} ({OUTCOME_WORDS[ending.outcome].label.toLowerCase()}), {score} of{' '}
            {maxScore} points.
          </p>
        </div>
        <div className="rp-path rp-path-best">
          <p className="rp-path-title">The best path</p>
          <ol>
            {best.steps.map((entry, i) => (
              <li key={i} className="rp-step">
                <Said text={entry.choiceText} />
              </li>
            ))}
          </ol>
          {best.ending && (
            <p className="rp-path-end">
              Ending: {best.ending.title} ({OUTCOME_WORDS[best.ending.outcome].label.toLowerCase()}),{' '}
              {best.variables.score} of {maxScore} points.
            </p>
          )}
        </div>
      </div>
      <div className="actions">
        <button type="button" className="button" onClick={onReplay}>
          Play again
        </button>
      </div>
    </section>
  );
}
