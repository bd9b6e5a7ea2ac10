import type { InputProps } from './questions/input-props';
import { MatchingInput } from './questions/matching-input';
import { MultipleChoiceInput } from './questions/multiple-choice-input';
import { OrderingInput } from './questions/ordering-input';
import { ShortTextInput } from './questions/short-text-input';
import { SingleChoiceInput } from './questions/single-choice-input';
import { TrueFalseInput } from './questions/true-false-input';

export type QuestionInputProps = InputProps;

/**
 * The controls for any kind of question, without feedback (the quiz adds its own; the final
 * assessment shows none): radios, checkboxes, true/false, a reorderable list, a select per term to
 * match, or a text box. The prompt is the group's legend or the text box's label.
 */
export function QuestionInput(props: QuestionInputProps) {
  const { question } = props;
  switch (question.kind) {
    case 'single':
      return <SingleChoiceInput {...props} question={question} />;
    case 'multiple':
      return <MultipleChoiceInput {...props} question={question} />;
    case 'truefalse':
      return <TrueFalseInput {...props} question={question} />;
    case 'ordering':
      return <OrderingInput {...props} question={question} />;
    case 'matching':
      return <MatchingInput {...props} question={question} />;
    case 'short':
      return <ShortTextInput {...props} question={question} />;
  }
}
