import { useMemo, useState } from 'react';
import { compareOwnWords, judgeBuild, recordCompare } from '../../../domain/activities/definitions-exercise';
import { useReader } from '../language/load-reader';
import { ReaderFailed, ReaderLoading } from '../language/reader-status';
import { KeyIdeas, TermReading } from './definitions-reading';
import { TermFields } from './definitions-own-words';
import type { StepProps } from './definitions-own-words';

/** Said wherever the automatic reading appears. */
const AUTOMATIC_READING_NOTE =
  'This is an automatic reading of your words on your device, not a mark. It looks for what your sentences say, in any wording, and does not count an idea you negate; it can still miss an unusual wording. Compare your words with the model definition yourself.';

/**
 * Step 4: the learner's own words from step 1, each beside the model definition, and (once checked) an
 * automatic reading of which ideas they carry. The learner can revise and check again.
 */
export function CompareStep({ content, state, onChange, onBlur }: StepProps) {
  // The words as they were at the last check; a learner who has checked before sees that result again.
  const [checkedWords, setCheckedWords] = useState(() => (state.compareChecks > 0 ? state.words : null));
  const reader = useReader(state.compareChecks > 0);
  const { load } = reader;
  const read = reader.reader?.read;
  const result = useMemo(
    () => (checkedWords && read ? compareOwnWords(content, checkedWords, read) : null),
    [checkedWords, read, content],
  );
  const changed =
    checkedWords !== null && content.terms.some((t) => checkedWords[t.id] !== state.words[t.id]);
  const built = judgeBuild(content, state.build);

  const check = async () => {
    const ready = await load();
    if (!ready) return;
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
        Here are the words you wrote at the start. Check them against the key ideas; if you want to add
        something, edit them here and check again. Nothing you wrote is replaced.
      </p>
      <TermFields content={content} state={state} onChange={onChange} onBlur={onBlur} />
      <div className="actions">
        <button type="button" className="button" onClick={() => void check()}>
          {checkedWords ? 'Check again' : 'Check my words'}
        </button>
      </div>
      {reader.status === 'loading' && <ReaderLoading what="the automatic reading" />}
      {reader.status === 'failed' && (
        <ReaderFailed what="The automatic reading" onRetry={() => void check()} />
      )}
      <div aria-live="polite">
        {changed && (
          <p className="defs-nudge">
            You have changed your words since you last checked. Check again to update.
          </p>
        )}
        {result && (
          <>
            <p className="defs-automatic">{AUTOMATIC_READING_NOTE}</p>
            <KeyIdeas result={result.keyIdeas} />
          </>
        )}
      </div>
      <h4 className="defs-subheading">Your words beside the model definitions</h4>
      {content.terms.map((term) => {
        const checked = result?.terms.find((t) => t.term.id === term.id);
        return (
          <TermReading
            key={term.id}
            term={term}
            text={checked ? checked.text : (state.words[term.id] ?? '')}
            judgement={checked ? checked.judgement : null}
          />
        );
      })}
    </div>
  );
}
