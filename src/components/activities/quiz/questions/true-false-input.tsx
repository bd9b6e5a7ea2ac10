import type { TrueFalseQuestion } from '../../../../domain/activities/quiz-types';
import { choiceClass, choiceLook } from '../../../../domain/activities/quiz-wording';
import { AnswerMark } from './answer-mark';
import type { InputProps } from './input-props';

/** True or false: a radio group of two. */
export function TrueFalseInput({
  question,
  response,
  onChange,
  disabled,
  name,
  marks,
}: InputProps<TrueFalseQuestion>) {
  const chosen = response?.kind === 'truefalse' ? response.value : undefined;
  return (
    <fieldset className="question-input" disabled={disabled}>
      <legend className="question-prompt">{question.prompt}</legend>
      <div className="choice-list is-inline">
        {[true, false].map((value) => (
          <label
            key={String(value)}
            className={choiceClass(choiceLook(chosen === value, marks?.[String(value)]))}
          >
            <input
              type="radio"
              name={name}
              value={String(value)}
              checked={chosen === value}
              onChange={() => onChange({ kind: 'truefalse', value })}
            />
            <span className="choice-text">{value ? 'True' : 'False'}</span>
            <AnswerMark correct={marks?.[String(value)]} />
          </label>
        ))}
      </div>
    </fieldset>
  );
}
