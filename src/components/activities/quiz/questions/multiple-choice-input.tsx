import { PARTIAL_CREDIT_RULE } from '../../../../domain/activities/quiz-scoring';
import { choiceClass, choiceLook, MARKING_SUMMARY } from '../../../../domain/activities/quiz-wording';
import { inOrder, presentationOrder } from '../../../../domain/activities/presentation';
import type { MultipleChoiceQuestion } from '../../../../domain/activities/quiz-types';
import { AnswerMark } from './answer-mark';
import type { InputProps } from './input-props';

/** "Select all that apply": a group of checkboxes, with the partial-credit rule stated. */
export function MultipleChoiceInput({
  question,
  response,
  onChange,
  disabled,
  name,
  marks,
  seed,
}: InputProps<MultipleChoiceQuestion>) {
  const options = inOrder(question.options, presentationOrder(question, seed ?? question.id));
  const chosen = response?.kind === 'multiple' ? response.optionIds : [];
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...chosen.filter((c) => c !== id), id] : chosen.filter((c) => c !== id);
    // Keep the options in the order they are written, whatever order they were ticked in.
    onChange({
      kind: 'multiple',
      optionIds: question.options.map((o) => o.id).filter((o) => next.includes(o)),
    });
  };
  return (
    <fieldset className="question-input" disabled={disabled} aria-describedby={`${name}-rule`}>
      <legend className="question-prompt">{question.prompt}</legend>
      <p className="question-hint" id={`${name}-rule`}>
        {/select all that apply/i.test(question.prompt) ? '' : 'Select all that apply. '}
        {MARKING_SUMMARY}
      </p>
      <details className="marking-rule">
        <summary>How is this marked?</summary>
        <p>{PARTIAL_CREDIT_RULE}</p>
      </details>
      <div className="choice-list">
        {options.map((option) => {
          const on = chosen.includes(option.id);
          return (
            <label key={option.id} className={choiceClass(choiceLook(on, marks?.[option.id]))}>
              <input
                type="checkbox"
                name={name}
                value={option.id}
                checked={on}
                onChange={(event) => toggle(option.id, event.target.checked)}
              />
              <span className="choice-text">{option.text}</span>
              <AnswerMark correct={marks?.[option.id]} />
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
