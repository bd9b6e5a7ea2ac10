import { useState } from 'react';
import type { BankItem } from '../../domain/assessment/assessment';
import { attemptQuestionSeed } from '../../domain/assessment/assessment';
import { isAnswered } from '../../domain/activities/presentation';
import type { Response } from '../../domain/activities/quiz-types';
import { QuestionInput } from '../activities/quiz/question-input';
import '../activities/quiz/quiz.css';

interface Props {
  questions: BankItem[];
  /** Fixes the order each question's parts are shown in, so a reload shows the same page. */
  attemptId: string;
  responses: Record<string, Response | undefined>;
  onAnswer: (questionId: string, response: Response) => void;
  onSubmit: () => void;
}

/**
 * The drawn questions, answered in any order; answers are saved as they are given. A question counts
 * as answered only once the learner has answered it: an ordering list left as first shown does not.
 */
export function AssessmentForm({ questions, attemptId, responses, onAnswer, onSubmit }: Props) {
  const [confirming, setConfirming] = useState(false);
  const seedOf = (id: string) => attemptQuestionSeed(attemptId, id);
  const open = questions
    .map((q, index) => ({ q, index }))
    .filter(({ q }) => !isAnswered(q, responses[q.id], seedOf(q.id)));
  const unanswered = open.length;
  const answered = questions.length - unanswered;
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
          <li key={question.id} className="assessment-question" id={`assessment-q-${question.id}`}>
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
              seed={seedOf(question.id)}
            />
          </li>
        ))}
      </ol>
      {confirming && (
        <div className="notice warning" role="alert">
          <p>
            {unanswered === 1 ? 'One question is' : `${unanswered} questions are`} not answered yet and will
            score nothing. Submit anyway, or go back and answer {unanswered === 1 ? 'it' : 'them'}:
          </p>
          <ul className="unanswered-list">
            {open.map(({ q, index }) => (
              <li key={q.id}>
                <a href={`#assessment-q-${q.id}`}>Question {index + 1}</a>
                {q.kind === 'ordering' && ' (still in the order first shown)'}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="actions">
        <button type="submit" className="button primary">
          {confirming ? 'Submit anyway' : 'Submit my answers'}
        </button>
      </p>
    </form>
  );
}
