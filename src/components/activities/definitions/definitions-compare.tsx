import { useState } from 'react';
import {
  DEFINITION_TERMS,
  compareOwnWords,
  judgeBuild,
  recordCompare,
} from '../../../domain/activities/definitions-exercise';
import type { DefinitionsState } from '../../../domain/activities/definitions-exercise';
import { TermFields } from './definitions-own-words';
import type { StepProps } from './definitions-own-words';

const sameWords = (a: DefinitionsState['words'], b: DefinitionsState['words']) =>
  DEFINITION_TERMS.every((t) => a[t.id] === b[t.id]);

/** Step 4: the learner's own words from step 1, read against the key ideas; they can revise and check again. */
export function CompareStep({ state, onChange, onBlur }: StepProps) {
  // The words as they were at the last check; a learner who has checked before sees that result again.
  const [checkedWords, setCheckedWords] = useState(() => (state.compareChecks > 0 ? state.words : null));
  const result = checkedWords && compareOwnWords(checkedWords);
  const changed = checkedWords !== null && !sameWords(checkedWords, state.words);
  const built = judgeBuild(state.build);

  const check = () => {
    setCheckedWords(state.words);
    onChange(recordCompare(state));
  };

  return (
    <div className="defs-compare">
      {built.complete && (
        <figure className="defs-sentence">
          <figcaption>The complete definition you built:</figcaption>
          <blockquote>
            <p>{built.sentence}</p>
          </blockquote>
        </figure>
      )}
      <p>
        Here are the words you wrote at the start. Check them against the eight key ideas; if you want to add
        something, edit them here and check again. Nothing you wrote is replaced.
      </p>
      <TermFields state={state} onChange={onChange} onBlur={onBlur} />
      <div className="actions">
        <button type="button" className="button" onClick={check}>
          {checkedWords ? 'Check again' : 'Check my words'}
        </button>
      </div>
      <div aria-live="polite">
        {changed && (
          <p className="defs-nudge">
            You have changed your words since you last checked. Check again to update.
          </p>
        )}
        {result && (
          <div className="defs-feedback defs-compare-result">
            <p className="defs-feedback-summary">
              <strong>
                Your words cover {result.covered.length} of {result.covered.length + result.missing.length}{' '}
                key ideas.
                {result.missing.length === 0 ? ' Every one of them: well done.' : ''}
              </strong>
            </p>
            {result.covered.length > 0 && (
              <>
                <h4 className="defs-subheading">Ideas you covered</h4>
                <ul className="concept-list">
                  {result.covered.map((c) => (
                    <li key={c.id} className="concept is-covered">
                      <span className="concept-sign" aria-hidden="true">
                        ✓
                      </span>
                      <span>
                        <strong>{c.label}</strong>: you wrote “{c.evidence}”
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {result.missing.length > 0 && (
              <>
                <h4 className="defs-subheading">Ideas to add</h4>
                <ul className="concept-list">
                  {result.missing.map((c) => (
                    <li key={c.id} className="concept is-missing">
                      <span className="concept-sign" aria-hidden="true">
                        +
                      </span>
                      <span>
                        <strong>{c.label}</strong>: {c.explanation}
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
