import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import {
  checkAnswer,
  DEFAULT_MASTERY,
  initialQuestionState,
  maxAttempts,
  reveal,
  scoreQuiz,
} from '../../../domain/activities/quiz-scoring';
import type { QuestionState } from '../../../domain/activities/quiz-scoring';
import type { Question, Response } from '../../../domain/activities/quiz-types';
import type { LearningEventInput } from '../../../domain/course/learning-events';
import { presentationSeed } from '../../../domain/activities/presentation';
import { useActivityProgress, useProgressActions, useShuffleSeed } from '../../../state/progress/selectors';
import { collectQuestions } from './collect-questions';
import { useLessonSlug } from '../lesson-context';
import { readQuizAnswers } from './quiz-answers';
import type { QuizAnswers, QuizResult } from './quiz-answers';
import { answeredEvent } from './answered-event';
import { QuizQuestion } from './quiz-question';
import { QuizSummary } from './quiz-summary';
import './quiz.css';

export interface QuizProps {
  id: string;
  /** Share of the marks (0–1) that counts as mastery. Default 0.8. */
  mastery?: number;
  children?: ReactNode;
}

/**
 * A knowledge check written in a lesson: `<Quiz id="..." mastery={0.8}>` around question tags
 * (docs/authoring.md). Answers, attempts and the score are saved as the activity's progress, so a
 * learner who comes back sees what they answered and how they did, and can try again.
 */
export function Quiz({ id, mastery = DEFAULT_MASTERY, children }: QuizProps) {
  const read = useMemo(() => {
    try {
      return { questions: collectQuestions(children, id) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [children, id]);
  if ('error' in read) {
    return (
      <section id={id} className="quiz quiz-broken" role="alert">
        <p>
          <strong>This knowledge check cannot be shown.</strong> {read.error}
        </p>
      </section>
    );
  }
  const threshold = Number.isFinite(mastery) ? Math.min(1, Math.max(0, mastery)) : DEFAULT_MASTERY;
  return <QuizBody id={id} questions={read.questions} mastery={threshold} />;
}

function QuizBody({ id, questions, mastery }: { id: string; questions: Question[]; mastery: number }) {
  const lesson = useLessonSlug();
  const saved = useActivityProgress(id);
  const { saveActivity } = useProgressActions();
  const learnerSeed = useShuffleSeed();
  const answers = useMemo(() => readQuizAnswers(saved?.answers, questions), [saved?.answers, questions]);
  const score = scoreQuiz(questions, answers.questions, mastery);
  const [round, setRound] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusHeading = useRef(false);
  /** When the learner last answered here (or the quiz appeared): an answer's latency runs from it. */
  const lastAnswerAt = useRef<number | null>(null);
  useEffect(() => {
    lastAnswerAt.current = Date.now();
  }, []);

  useEffect(() => {
    if (!focusHeading.current) return;
    focusHeading.current = false;
    heading.current?.focus();
  });

  const save = (
    states: Record<string, QuestionState>,
    previous: QuizResult | undefined,
    extra: { attempt?: boolean; events?: LearningEventInput[] } = {},
    quizRound: number = answers.round ?? 0,
  ) => {
    const next = scoreQuiz(questions, states, mastery);
    const data: QuizAnswers = { version: 1, questions: states };
    if (previous) data.previous = previous;
    if (quizRound > 0) data.round = quizRound;
    saveActivity(id, {
      lesson,
      kind: 'quiz',
      answers: data,
      completed: next.finished,
      // While a new attempt is under way, the last finished result stands.
      score: next.finished || !previous ? next.score : previous.score,
      ...extra,
    });
  };

  const stateOf = (question: Question) => answers.questions[question.id] ?? initialQuestionState();

  const check = (question: Question, response: Response) => {
    const before = stateOf(question);
    const after = checkAnswer(question, before, response);
    if (after === before) return;
    const starting = Object.values(answers.questions).every(
      (s) => s.attempts === 0 && s.status === 'unanswered',
    );
    const answeredAt = Date.now();
    const since = lastAnswerAt.current;
    lastAnswerAt.current = answeredAt;
    save({ ...answers.questions, [question.id]: after }, answers.previous, {
      attempt: starting,
      events: [
        answeredEvent(
          lesson,
          id,
          question,
          response,
          since === null ? {} : { latencyMs: Math.max(0, answeredAt - since) },
        ),
      ],
    });
  };

  const revealAnswer = (question: Question) => {
    const before = stateOf(question);
    const after = reveal(question, before);
    if (after !== before) save({ ...answers.questions, [question.id]: after }, answers.previous);
  };

  const tryAgain = () => {
    const previous: QuizResult | undefined = score.finished
      ? { points: score.points, total: score.total, score: score.score, mastered: score.mastered }
      : answers.previous;
    // A new round shows every question's options in a new order.
    save({}, previous, {}, (answers.round ?? 0) + 1);
    setRound((r) => r + 1);
    focusHeading.current = true;
  };

  const attempts = [...new Set(questions.map(maxAttempts))];
  return (
    <section id={id} className="quiz" aria-labelledby={`${id}-title`}>
      <header className="quiz-head">
        <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
          Knowledge check
        </h3>
        <p className="quiz-intro">
          {questions.length} questions.{' '}
          {attempts.length === 1 && attempts[0] !== undefined
            ? `You have ${attempts[0] === 1 ? 'one attempt' : `${attempts[0]} attempts`} at each question`
            : 'Each question shows how many attempts you have'}
          , and you reach mastery with {Math.round(mastery * 100)}% or more.
        </p>
      </header>
      <ol className="quiz-questions">
        {questions.map((question, index) => (
          <li key={`${round}:${question.id}`}>
            <QuizQuestion
              quizId={id}
              question={question}
              number={index + 1}
              total={questions.length}
              state={stateOf(question)}
              onCheck={(response) => check(question, response)}
              onReveal={() => revealAnswer(question)}
              seed={presentationSeed(learnerSeed, id, answers.round ?? 0, question.id)}
            />
          </li>
        ))}
      </ol>
      <QuizSummary score={score} mastery={mastery} previous={answers.previous} onTryAgain={tryAgain} />
    </section>
  );
}
