import { inOrder, presentationOrder } from '../../../../domain/activities/presentation';
import type { SingleChoiceQuestion } from '../../../../domain/activities/quiz-types';
import { choiceClass, choiceLook } from '../../../../domain/activities/quiz-wording';
import { AnswerMark } from './answer-mark';
import type { InputProps } from './input-props';

/** One answer from a list: a radio group. */
export function SingleChoiceInput({
  question,
  response,
  onChange,
  disabled,
  name,
  marks,
  seed,
}: InputProps<SingleChoiceQuestion>) {
  const options = inOrder(question.options, presentationOrder(question, seed ?? question.id));
  const chosen = response?.kind === 'single' ? response.optionId : undefined;
  return (
    <fieldset className="question-input" disabled={disabled}>
      <legend className="question-prompt">{question.prompt}</legend>
      <div className="choice-list">
        {options.map((option) => (
          <label
            key={option.id}
            className={choiceClass(choiceLook(chosen === option.id, marks?.[option.id]))}
          >
            <input
              type="radio"
              name={name}
              value={option.id}
              checked={chosen === option.id}
              onChange={() => onChange({ kind: 'single', optionId: option.id })}
            />
            <span className="choice-text">{option.text}</span>
            <AnswerMark correct={marks?.[option.id]} />
          </label>
        ))}
      </div>
    </fieldset>
  );
}
