import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { AttemptResult } from '../../domain/assessment/assessment';
import { formatPercent } from '../../domain/assessment/certificate';
import { QuestionReview } from '../activities/quiz/question-review';

interface Props {
  result: AttemptResult;
  passMark: number;
  best: number | undefined;
  attempts: number;
  /** Where each question is taught: href and a label, by question id. */
  teachers: Record<string, { href: string; label: string }>;
  onRetry: () => void;
  certificateHref: string;
  /** Move focus to the result: true right after the learner submits. */
  focusOnShow?: boolean;
}

/** Score, pass or fail, and a review of every question with where it is taught. */
export function AssessmentResult({
  result,
  passMark,
  best,
  attempts,
  teachers,
  onRetry,
  certificateHref,
  focusOnShow = false,
}: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnShow) heading.current?.focus();
  }, [focusOnShow]);
  return (
    <section className="assessment-result" aria-labelledby="result-title">
      <div className={`result-banner ${result.passed ? 'is-pass' : 'is-fail'}`}>
        <h2 id="result-title" ref={heading} tabIndex={-1}>
          <span aria-hidden="true">{result.passed ? '✓ ' : '✗ '}</span>
          {result.passed ? 'Passed' : 'Not passed yet'}: {formatPercent(result.score)}
        </h2>
        <p>
          {Math.round(result.points * 10) / 10} of {result.total} marks. The pass mark is{' '}
          {formatPercent(passMark)}.
          {best !== undefined && (
            <>
              {' '}
              Best score: {formatPercent(best)} over {attempts} {attempts === 1 ? 'attempt' : 'attempts'}.
            </>
          )}
        </p>
        <p className="actions">
          {result.passed && (
            <Link className="button primary" to={certificateHref}>
              Get your certificate
            </Link>
          )}
          <button
            type="button"
            className={`button ${result.passed ? 'secondary' : 'primary'}`}
            onClick={onRetry}
          >
            Try again with new questions
          </button>
        </p>
      </div>
      <h2>Review your answers</h2>
      <ol className="assessment-review">
        {result.results.map(({ question, response }) => {
          const teacher = teachers[question.id];
          return (
            <li key={question.id}>
              <QuestionReview question={question} response={response} />
              {teacher && (
                <p className="review-link">
                  Learn more: <Link to={teacher.href}>{teacher.label}</Link>
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
