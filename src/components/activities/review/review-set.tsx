import { useEffect, useMemo, useRef, useState } from 'react';
import type { BankItem } from '../../../domain/assessment/assessment';
import {
  asPractice,
  drawReviewItems,
  practiceResult,
  reviewHistory,
  savedItems,
} from '../../../domain/assessment/review-items';
import type { Question, Response } from '../../../domain/activities/quiz-types';
import { initialQuestionState, reveal } from '../../../domain/activities/quiz-scoring';
import type { QuestionState } from '../../../domain/activities/quiz-scoring';
import { presentationSeed } from '../../../domain/activities/presentation';
import {
  dueInWords,
  lessonNumbersText,
  nextReview,
  REVIEW_SET_SIZE,
} from '../../../domain/course/review-schedule';
import type { DueReview, ScheduleLesson } from '../../../domain/course/review-schedule';
import { useProgressData, useShuffleSeed } from '../../../state/progress/selectors';
import { reviewActions } from '../../../state/progress/review-actions';
import { allSettled, checkPractice, readPracticeStates } from './practice-run';
import type { PracticeQuestion } from './practice-run';
import { ReviewPractice } from './review-practice';
import { ReviewResult } from './review-result';
import './review.css';

/** A lesson as review sets name it. */
export interface ReviewLesson extends ScheduleLesson {
  /** Its place in the course: 1 for the first lesson. */
  number: number;
}

export interface ReviewSetProps {
  set: Pick<DueReview, 'id' | 'lessons'>;
  lessons: readonly ReviewLesson[];
  bank: readonly BankItem[];
}

/** The questions a set asks: those it asked already, or a draw fixed by the learner's seed and the set. */
function useReviewItems(set: Pick<DueReview, 'id' | 'lessons'>, bank: readonly BankItem[]) {
  const data = useProgressData();
  const learnerSeed = useShuffleSeed();
  const [drawn] = useState<BankItem[]>(() => {
    const open = data.review?.open;
    const kept = open?.id === set.id ? savedItems(bank, open.items) : null;
    return (
      kept ??
      drawReviewItems(
        bank,
        set.lessons,
        REVIEW_SET_SIZE,
        presentationSeed(learnerSeed, set.id),
        reviewHistory(data, bank),
      )
    );
  });
  return drawn;
}

/**
 * One spaced review set: its questions (one check each, then feedback), a Finish button once all are
 * answered, and the result with when the next set falls due. Each answer is saved as it is given; the set is
 * recorded, and its lessons move on to their next review, when the learner finishes it.
 */
export function ReviewSet({ set, lessons, bank }: ReviewSetProps) {
  const data = useProgressData();
  const learnerSeed = useShuffleSeed();
  const { answerReview, finishReview } = useMemo(() => reviewActions(), []);
  const drawn = useReviewItems(set, bank);
  const questions = useMemo(() => drawn.map(asPractice), [drawn]);
  const items = useMemo(() => questions.map((q) => q.id), [questions]);
  const record = data.review?.sets.find((s) => s.id === set.id);
  const open = data.review?.open?.id === set.id ? data.review.open : undefined;
  const savedStates = useMemo(() => readPracticeStates(open?.questions, questions), [open, questions]);
  // Once finished, the answers stay on screen as they were given.
  const [finalStates, setFinalStates] = useState<Record<string, QuestionState> | null>(null);
  const states = finalStates ?? savedStates;
  const resultRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (finalStates) resultRef.current?.focus();
  }, [finalStates]);

  const numberOf = (slug: string) => lessons.find((l) => l.slug === slug)?.number ?? 0;
  const started = { id: set.id, lessons: set.lessons, items };
  const check = (question: Question, response: Response) => {
    if (record) return;
    const checked = checkPractice(
      set.id,
      'review',
      question as PracticeQuestion,
      states[question.id] ?? initialQuestionState(),
      response,
    );
    if (checked) answerReview(started, question.id, checked.state, [checked.event]);
  };
  const showAnswer = (question: Question) => {
    const before = states[question.id] ?? initialQuestionState();
    const after = reveal(question, before);
    if (after === before) return;
    if (finalStates) setFinalStates({ ...finalStates, [question.id]: after });
    else answerReview(started, question.id, after);
  };
  const finish = () => {
    const result = practiceResult(items, states);
    setFinalStates(states);
    finishReview({ ...started, missed: result.missed, score: result.score });
  };

  if (questions.length === 0)
    return <p className="review-intro">There are no questions to review from these lessons yet.</p>;

  const result = practiceResult(items, states);
  const coming = nextReview(lessons, data, new Date());
  const next = coming
    ? `Your next review, of ${lessonNumbersText(coming.lessons.map(numberOf))}, is due ${dueInWords(coming.at, new Date())}.`
    : 'That was your last review of these lessons.';

  if (record && !finalStates)
    return (
      <p className="review-intro">
        You finished this review: {Math.round(record.score * 100)}%. {next}
      </p>
    );

  return (
    <div className="review-set">
      <ReviewPractice
        id={set.id}
        questions={questions}
        states={states}
        learnerSeed={learnerSeed}
        from={(q) => `From lesson ${numberOf((q as PracticeQuestion).lesson)}`}
        onCheck={check}
        onReveal={showAnswer}
      />
      {!record && allSettled(questions, states) && (
        <button type="button" className="button" onClick={finish}>
          Finish the review
        </button>
      )}
      <ReviewResult
        ref={resultRef}
        shown={finalStates !== null}
        right={result.right}
        total={items.length}
        next={next}
      />
    </div>
  );
}
