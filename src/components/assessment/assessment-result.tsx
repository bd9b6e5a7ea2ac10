import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import type { AttemptResult } from '../../domain/assessment/assessment';
import { LESSON_FLOOR, reviewTopics } from '../../domain/assessment/assessment';
import type { AttemptGate } from '../../domain/assessment/attempt-rules';
import { formatPercent } from '../../domain/assessment/certificate';
import { QuestionReview } from '../activities/quiz/question-review';
import { AttemptGateNotice } from './attempt-gate-notice';
import '../activities/quiz/quiz.css';

interface ResultLesson {
  slug: string;
  title: string;
  objectives: readonly string[];
  sections: readonly { id: string; title: string }[];
}

interface Props {
  result: AttemptResult;
  passMark: number;
  best: number | undefined;
  attempts: number;
  /** Where each question is taught: href and a label, by question id. */
  teachers: Record<string, { href: string; label: string }>;
  /** The course's lessons in order, for the lessons and objectives to review. */
  lessons: readonly ResultLesson[];
  /** Whether another sitting may start now. */
  gate: AttemptGate;
  onRetry: () => void;
  certificateHref: string;
  /** Move focus to the result: true right after the learner submits. */
  focusOnShow?: boolean;
}

const marks = (n: number) => Math.round(n * 10) / 10;

/**
 * Score and pass or fail. After a pass, a review of every question with the right answers. After a
 * sitting that did not pass, only the lessons and objectives to go back over, with links: showing the
 * right options would let the next sitting be passed from memory of this one.
 */
export function AssessmentResult({
  result,
  passMark,
  best,
  attempts,
  teachers,
  lessons,
  gate,
  onRetry,
  certificateHref,
  focusOnShow = false,
}: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnShow) heading.current?.focus();
  }, [focusOnShow]);
  const lessonOf = (slug: string) => lessons.find((l) => l.slug === slug);
  const short = result.byLesson.filter((l) => !l.reached);
  return (
    <section className="assessment-result" aria-labelledby="result-title">
      <div className={`result-banner ${result.passed ? 'is-pass' : 'is-fail'}`}>
        <h2 id="result-title" ref={heading} tabIndex={-1}>
          <span aria-hidden="true">{result.passed ? '✓ ' : '✗ '}</span>
          {result.passed ? 'Passed' : 'Not passed yet'}: {formatPercent(result.score)}
        </h2>
        <p>
          {marks(result.points)} of {result.total} marks. The pass mark is {formatPercent(passMark)}, with at
          least {LESSON_FLOOR === 0.5 ? 'half' : formatPercent(LESSON_FLOOR)} of each lesson&apos;s questions.
          {best !== undefined && (
            <>
              {' '}
              Best score: {formatPercent(best)} over {attempts} {attempts === 1 ? 'attempt' : 'attempts'}.
            </>
          )}
        </p>
        {result.overall && short.length > 0 && (
          <p>
            Your overall mark is high enough, but you need at least half the marks in{' '}
            {short.map((l) => lessonOf(l.lesson)?.title ?? l.lesson).join(', ')}.
          </p>
        )}
        <p className="actions">
          {result.passed && (
            <Link className="button primary" to={certificateHref}>
              Get your certificate
            </Link>
          )}
          {gate.allowed && (
            <button
              type="button"
              className={`button ${result.passed ? 'secondary' : 'primary'}`}
              onClick={onRetry}
            >
              Try again with new questions
            </button>
          )}
        </p>
        {!gate.allowed && !result.passed && <AttemptGateNotice gate={gate} />}
      </div>
      {result.passed ? (
        <>
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
        </>
      ) : (
        <>
          <h2>What to go back over</h2>
          <p>
            These are the lessons and objectives behind the questions you did not get fully right. The answers
            stay hidden until you pass, so that your next sitting shows what you have learned, not what you
            remember of this one.
          </p>
          <ul className="review-topics">
            {reviewTopics(
              result,
              lessons.map((l) => l.slug),
            ).map((topic) => {
              const lesson = lessonOf(topic.lesson);
              const score = result.byLesson.find((l) => l.lesson === topic.lesson);
              return (
                <li key={topic.lesson}>
                  <h3>
                    <Link to={paths.lesson.to(topic.lesson)}>{lesson?.title ?? topic.lesson}</Link>
                  </h3>
                  {score && (
                    <p className={topic.belowFloor ? 'review-floor is-below' : 'review-floor'}>
                      {marks(score.points)} of {score.total} marks
                      {topic.belowFloor ? ': below half, so this lesson alone stops a pass.' : '.'}
                    </p>
                  )}
                  <p className="review-label">Objectives to revisit</p>
                  <ul>
                    {topic.objectives.map((n) => (
                      <li key={n}>{lesson?.objectives[n - 1] ?? `Objective ${n}`}</li>
                    ))}
                  </ul>
                  <p className="review-label">Read again</p>
                  <ul>
                    {topic.sections.map((id) => (
                      <li key={id}>
                        <Link to={paths.lesson.to(topic.lesson, id)}>
                          {lesson?.sections.find((s) => s.id === id)?.title ?? id}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
