import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { BankItem } from '../../../domain/assessment/assessment';
import {
  asPractice,
  drawReviewItems,
  practiceResult,
  reviewHistory,
  savedItems,
  WARM_UP_KIND,
  warmUpId,
} from '../../../domain/assessment/review-items';
import type { Question, Response } from '../../../domain/activities/quiz-types';
import type { LearningEventInput } from '../../../domain/course/learning-events';
import { initialQuestionState, reveal } from '../../../domain/activities/quiz-scoring';
import type { QuestionState } from '../../../domain/activities/quiz-scoring';
import { presentationSeed } from '../../../domain/activities/presentation';
import { isRecord } from '../../../domain/lib/guards';
import { reviewEnabled, reviewSummary, WARM_UP_SIZE } from '../../../domain/course/review-schedule';
import {
  useActivityProgress,
  useProgressActions,
  useProgressData,
  useShuffleSeed,
} from '../../../state/progress/selectors';
import { allSettled, checkPractice, readPracticeStates } from './practice-run';
import type { PracticeQuestion } from './practice-run';
import { ReviewPractice } from './review-practice';
import { ReviewResult } from './review-result';
import './review.css';

/** A lesson before this one, as the warm-up names it. */
interface EarlierLesson {
  slug: string;
  /** Its place in the course: 1 for the first lesson. */
  number: number;
}

export interface WarmUpProps {
  /** The lesson this warm-up opens. */
  lesson: string;
  /** The lessons before it, in course order; items come from those the learner has completed. */
  earlier: EarlierLesson[];
  bank: readonly BankItem[];
}

/**
 * A lesson's opening warm-up: a few questions from earlier lessons the learner has completed, weighted
 * towards what they got wrong before. Saved as the lesson's `warm-up-<slug>` activity, answer by answer,
 * so a reload carries on with the same questions; not required to complete the lesson.
 */
export function WarmUp({ lesson, earlier, bank }: WarmUpProps) {
  const id = warmUpId(lesson);
  const titleId = useId();
  const data = useProgressData();
  const saved = useActivityProgress(id);
  const learnerSeed = useShuffleSeed();
  const { saveActivity } = useProgressActions();
  const resultRef = useRef<HTMLDivElement>(null);
  const [justFinished, setJustFinished] = useState(false);

  // Drawn once, when the lesson opens: answering one question must not change the others.
  const [drawn] = useState<BankItem[]>(() => {
    const kept = savedItems(bank, isRecord(saved?.answers) ? saved.answers.items : undefined);
    if (kept) return kept;
    // Coming back to a lesson already complete, without having warmed up in it: straight to the lesson.
    if (data.lessons[lesson]?.completedAt) return [];
    const done = earlier.filter((l) => data.lessons[l.slug]?.completedAt).map((l) => l.slug);
    if (done.length === 0) return [];
    return drawReviewItems(
      bank,
      done,
      WARM_UP_SIZE,
      presentationSeed(learnerSeed, id),
      reviewHistory(data, bank),
    );
  });
  const questions = useMemo(() => drawn.map(asPractice), [drawn]);
  const items = useMemo(() => questions.map((q) => q.id), [questions]);
  const states = useMemo(
    () => readPracticeStates(isRecord(saved?.answers) ? saved.answers.questions : undefined, questions),
    [saved?.answers, questions],
  );

  useEffect(() => {
    if (justFinished) resultRef.current?.focus();
  }, [justFinished]);

  if (questions.length === 0 || (!saved && !reviewEnabled(data))) return null;

  const numberOf = (slug: string) => earlier.find((l) => l.slug === slug)?.number ?? 0;
  const save = (
    next: Record<string, QuestionState>,
    extra: { completed?: boolean; events?: LearningEventInput[] } = {},
  ) => {
    const result = practiceResult(items, next);
    saveActivity(id, {
      lesson,
      kind: WARM_UP_KIND,
      answers: { version: 1, items, questions: next },
      completed: extra.completed ?? false,
      score: result.score,
      attempt: Object.keys(states).length === 0,
      ...(extra.events ? { events: extra.events } : {}),
    });
  };
  const check = (question: Question, response: Response) => {
    const checked = checkPractice(
      id,
      'warm-up',
      question as PracticeQuestion,
      states[question.id] ?? initialQuestionState(),
      response,
    );
    if (checked) save({ ...states, [question.id]: checked.state }, { events: [checked.event] });
  };
  const showAnswer = (question: Question) => {
    const before = states[question.id] ?? initialQuestionState();
    const after = reveal(question, before);
    if (after !== before) save({ ...states, [question.id]: after });
  };
  const finish = () => {
    save(states, { completed: true });
    setJustFinished(true);
  };

  const finished = saved?.completed === true;
  const result = practiceResult(items, states);
  const lessonNumbers = [...new Set(drawn.map((q) => numberOf(q.lesson)))];
  return (
    <section className="review-box warm-up" aria-labelledby={titleId}>
      <h2 id={titleId} className="review-title">
        Warm-up
      </h2>
      {finished && !justFinished ? (
        <p className="review-intro">
          Warm-up done: {result.right} of {items.length} right.
        </p>
      ) : (
        <>
          <p className="review-intro">
            Before you start: {reviewSummary(items.length, lessonNumbers)}. Recalling what you learnt a little
            while ago is what makes it stick. It does not count towards completing this lesson.
          </p>
          <ReviewPractice
            id={id}
            questions={questions}
            states={states}
            learnerSeed={learnerSeed}
            from={(q) => `From lesson ${numberOf((q as PracticeQuestion).lesson)}`}
            onCheck={check}
            onReveal={showAnswer}
          />
          {!finished && allSettled(questions, states) && (
            <button type="button" className="button" onClick={finish}>
              Finish the warm-up
            </button>
          )}
        </>
      )}
      <ReviewResult
        ref={resultRef}
        shown={justFinished}
        right={result.right}
        total={items.length}
        next="Now on to this lesson."
      />
    </section>
  );
}
