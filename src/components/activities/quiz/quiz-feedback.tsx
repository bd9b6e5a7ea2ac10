import type { Ref } from 'react';
import {
  canRetry,
  correctResponse,
  isSettled,
  lastFeedback,
  maxAttempts,
} from '../../../domain/activities/quiz-scoring';
import type { QuestionState, ScoreResult } from '../../../domain/activities/quiz-scoring';
import type { Question } from '../../../domain/activities/quiz-types';
import { verdictOf, withoutVerdict } from '../../../domain/activities/quiz-wording';
import type { Verdict } from '../../../domain/activities/quiz-wording';
import { ResponseWords } from './question-review';

function VerdictLine({ verdict }: { verdict: Verdict }) {
  return (
    <p className="feedback-verdict">
      <span aria-hidden="true">{verdict.icon}</span> {verdict.text}
    </p>
  );
}

function Messages({
  question,
  result,
  verdict,
}: {
  question: Question;
  result: ScoreResult;
  verdict: Verdict;
}) {
  const count = result.feedback.filter((f) => f.correct).length;
  switch (question.kind) {
    case 'ordering':
      return (
        <p>
          {count} of {question.items.length} in the right place.
        </p>
      );
    case 'matching':
      return (
        <p>
          {count} of {question.pairs.length} matched correctly.
        </p>
      );
    case 'multiple':
      return (
        <ul className="feedback-list">
          {result.feedback.map((item) => {
            const option = question.options.find((o) => o.id === item.targetId);
            return (
              <li key={item.targetId} className={item.correct ? 'is-right' : 'is-wrong'}>
                <span aria-hidden="true">{item.correct ? '✓' : '✗'} </span>
                {option && <strong>{option.text}: </strong>}
                {withoutVerdict(item.message, verdict)}
              </li>
            );
          })}
        </ul>
      );
    default:
      return (
        <>
          {result.feedback
            .filter((f) => f.message !== '')
            .map((f) => (
              <p key={f.targetId}>{withoutVerdict(f.message, verdict)}</p>
            ))}
        </>
      );
  }
}

/**
 * What the learner is told about a question: nothing before a check, then whether it was right and
 * why, what to do next, the answer once revealed and the explanation once settled. It is a polite
 * live region, so a screen reader announces the feedback when it appears.
 */
export function QuizFeedback({
  question,
  state,
  notice,
  hidden,
  label,
  boxRef,
}: {
  question: Question;
  state: QuestionState;
  /** A short message shown instead, e.g. asking for an answer before checking. */
  notice: string;
  /** True while the learner is changing their answer for another try. */
  hidden: boolean;
  /** Names the region, e.g. "Feedback on question 2". */
  label: string;
  boxRef: Ref<HTMLDivElement>;
}) {
  const result = hidden ? null : lastFeedback(question, state);
  const settled = isSettled(question, state);
  const tone = !result ? '' : result.correct ? ' is-right' : result.credit > 0 ? ' is-partial' : ' is-wrong';
  const left = maxAttempts(question) - state.attempts;
  return (
    <div className={`quiz-feedback${tone}`} role="status" aria-label={label} tabIndex={-1} ref={boxRef}>
      {notice && <p className="feedback-notice">{notice}</p>}
      {result && (
        <>
          <VerdictLine verdict={verdictOf(result)} />
          <Messages question={question} result={result} verdict={verdictOf(result)} />
          {canRetry(question, state) && (
            <p className="feedback-next">
              You have {left === 1 ? 'one more attempt' : `${left} more attempts`}.
            </p>
          )}
          {state.status === 'incorrect' && settled && (
            <p className="feedback-next">That was your last attempt. You can now show the answer.</p>
          )}
        </>
      )}
      {!hidden && state.status === 'revealed' && (
        <div className="feedback-answer">
          <p className="review-label">The answer</p>
          <ResponseWords question={question} response={correctResponse(question)} />
        </div>
      )}
      {!hidden && settled && question.explanation && (
        <p className="feedback-explanation">{question.explanation}</p>
      )}
    </div>
  );
}
