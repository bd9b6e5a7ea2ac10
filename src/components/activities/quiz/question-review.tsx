import { correctResponse, isResponseComplete, scoreResponse } from '../../../domain/activities/quiz-scoring';
import type { Question, Response } from '../../../domain/activities/quiz-types';
import { responseLines } from './quiz-describe';
import './quiz.css';

/** An answer in words: a list for several parts (numbered for an order), plain text for one. */
export function ResponseWords({
  question,
  response,
}: {
  question: Question;
  response: Response | undefined;
}) {
  const lines = responseLines(question, response);
  if (lines.length === 0) return <p className="response-words is-empty">No answer</p>;
  if (question.kind === 'ordering') {
    return (
      <ol className="response-words">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
    );
  }
  if (lines.length > 1 || question.kind === 'multiple' || question.kind === 'matching') {
    return (
      <ul className="response-words">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    );
  }
  return <p className="response-words">{lines[0]}</p>;
}

/**
 * A question after the fact, for reviewing an assessment: the learner's answer and whether it was
 * right, the right answer in words when it was not, and the explanation.
 */
export function QuestionReview({
  question,
  response,
}: {
  question: Question;
  response: Response | undefined;
}) {
  const answered = isResponseComplete(question, response);
  const result = answered && response ? scoreResponse(question, response) : null;
  const verdict = !result
    ? { icon: '–', text: 'Not answered', tone: 'is-wrong' }
    : result.correct
      ? { icon: '✓', text: 'Correct', tone: 'is-right' }
      : result.credit > 0
        ? {
            icon: '◐',
            text: `Partly right (${Math.round(result.credit * 100)}% of the mark)`,
            tone: 'is-partial',
          }
        : { icon: '✗', text: 'Not right', tone: 'is-wrong' };
  return (
    <div className={`question-review ${verdict.tone}`}>
      <p className="question-prompt">{question.prompt}</p>
      <p className="review-verdict">
        <span aria-hidden="true">{verdict.icon}</span> {verdict.text}
      </p>
      <div className="review-part">
        <p className="review-label">Your answer</p>
        <ResponseWords question={question} response={response} />
      </div>
      {!result?.correct && (
        <div className="review-part">
          <p className="review-label">The right answer</p>
          <ResponseWords question={question} response={correctResponse(question)} />
        </div>
      )}
      {question.explanation && <p className="review-explanation">{question.explanation}</p>}
    </div>
  );
}
