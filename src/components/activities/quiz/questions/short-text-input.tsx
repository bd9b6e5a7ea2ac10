import type { ShortTextQuestion } from '../../../../domain/activities/quiz-types';
import { AnswerMark } from './answer-mark';
import type { InputProps } from './input-props';

/** A typed answer, compared ignoring case, spacing and punctuation. */
export function ShortTextInput({
  question,
  response,
  onChange,
  disabled,
  name,
  marks,
}: InputProps<ShortTextQuestion>) {
  const text = response?.kind === 'short' ? response.text : '';
  const id = `${name}-text`;
  return (
    <div className="question-input">
      <label className="question-prompt" htmlFor={id}>
        {question.prompt}
      </label>
      <div className="short-text-row">
        <input
          id={id}
          className="text-input"
          type="text"
          name={name}
          value={text}
          autoComplete="off"
          disabled={disabled}
          onChange={(event) => onChange({ kind: 'short', text: event.target.value })}
        />
        <AnswerMark correct={marks?.[question.id]} />
      </div>
    </div>
  );
}
