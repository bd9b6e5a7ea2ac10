import { useState } from 'react';
import type { BankItem } from '../../domain/assessment/assessment';
import { isResponseComplete } from '../../domain/activities/quiz-scoring';
import type { Response } from '../../domain/activities/quiz-types';
import { QuestionInput } from '../activities/quiz/question-input';

interface Props {
  questions: BankItem[];
  responses: Record<string, Response | undefined>;
  onAnswer: (questionId: string, response: Response) => void;
  onSubmit: () => void;
}

/** The drawn questions, answered in any order; answers are saved as they are given. */
export function AssessmentForm({ questions, responses, onAnswer, onSubmit }: Props) {
  const [confirming, setConfirming] = useState(false);
  const answered = questions.filter((q) => isResponseComplete(q, responses[q.id])).length;
  const unanswered = questions.length - answered;
  return (
    <form
      className="assessment-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (unanswered > 0 && !confirming) setConfirming(true);
        else onSubmit();
      }}
    >
      <p className="assessment-count" role="status">
        Answered {answered} of {questions.length}. Your answers are saved as you go.
      </p>
      <ol className="assessment-questions">
        {questions.map((question, index) => (
          <li key={question.id} className="assessment-question">
            <p className="question-number">
              Question {index + 1} of {questions.length}
            </p>
            <QuestionInput
              question={question}
              response={responses[question.id]}
              onChange={(response) => {
                setConfirming(false);
                onAnswer(question.id, response);
              }}
              name={`assessment-${question.id}`}
            />
          </li>
        ))}
      </ol>
      {confirming && (
        <p className="notice warning" role="alert">
          {unanswered === 1 ? 'One question is' : `${unanswered} questions are`} not answered yet and will
          score nothing. Submit anyway, or go back and answer {unanswered === 1 ? 'it' : 'them'}.
        </p>
      )}
      <p className="actions">
        <button type="submit" className="button primary">
          {confirming ? 'Submit anyway' : 'Submit my answers'}
        </button>
      </p>
    </form>
  );
}
