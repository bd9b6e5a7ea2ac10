import { inOrder, presentationOrder } from '../../../../domain/activities/presentation';
import type { MatchingQuestion } from '../../../../domain/activities/quiz-types';
import { AnswerMark } from './answer-mark';
import type { InputProps } from './input-props';

/**
 * Match each left-hand term to a right-hand description: one native select per term, which works
 * the same with a keyboard, a screen reader and a phone. The descriptions are listed shuffled.
 */
export function MatchingInput({
  question,
  response,
  onChange,
  disabled,
  name,
  marks,
  seed,
}: InputProps<MatchingQuestion>) {
  const matches = response?.kind === 'matching' ? response.matches : {};
  const rights = inOrder(question.pairs, presentationOrder(question, seed ?? question.id));
  const choose = (pairId: string, chosen: string) => {
    const next = { ...matches };
    if (chosen === '') delete next[pairId];
    else next[pairId] = chosen;
    onChange({ kind: 'matching', matches: next });
  };
  return (
    <fieldset className="question-input" disabled={disabled}>
      <legend className="question-prompt">{question.prompt}</legend>
      <ul className="matching-list">
        {question.pairs.map((pair) => {
          const id = `${name}-${pair.id}`;
          const value = matches[pair.id] ?? '';
          const chosen = question.pairs.find((p) => p.id === value);
          return (
            <li key={pair.id} className="matching-row">
              {disabled ? (
                // An answer already given reads in full, where a select would cut long descriptions short.
                <>
                  <span className="matching-term">{pair.left}</span>
                  <span className="matching-choice">
                    <span className={`matching-answer${chosen ? '' : ' is-empty'}`}>
                      {chosen ? chosen.right : 'No match chosen'}
                    </span>
                    <AnswerMark correct={marks?.[pair.id]} />
                  </span>
                </>
              ) : (
                <>
                  <label className="matching-term" htmlFor={id}>
                    {pair.left}
                  </label>
                  <span className="matching-choice">
                    <select id={id} value={value} onChange={(event) => choose(pair.id, event.target.value)}>
                      <option value="">Choose a match…</option>
                      {rights.map((r) => (
                        <option key={r.id} value={r.id}>
                          {r.right}
                        </option>
                      ))}
                    </select>
                  </span>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
