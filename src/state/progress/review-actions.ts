import type { LearningEventInput } from '../../domain/course/learning-events';
import type { OpenReviewSet, ReviewSetRecord } from '../../domain/course/progress';
import { publishLearningEvent } from './learning-event-bus';
import { useProgress } from './progress-store';
import type { ProgressStore } from './progress-store';

/**
 * Spaced review's two actions on the progress store. They live apart from the store so that only the review
 * chunk loads them: the first screen carries the review sets' loading and merging, not their writing.
 */
export function reviewActions(store: ProgressStore = useProgress, now: () => Date = () => new Date()) {
  const stamp = () => now().toISOString();
  const publish = (event: LearningEventInput) => publishLearningEvent({ ...event, at: stamp() } as never);
  return {
    /**
     * Saves one checked answer of a set, starting the set (its id, lessons and drawn items) on the first;
     * `events` (the answer, for trackers) are published. A set already finished takes no more answers.
     */
    answerReview(
      started: Omit<OpenReviewSet, 'startedAt' | 'questions'>,
      questionId: string,
      answer: unknown,
      events: LearningEventInput[] = [],
    ) {
      store.setState((state) => {
        const sets = state.review?.sets ?? [];
        if (sets.some((s) => s.id === started.id)) return state;
        const current = state.review?.open;
        const open: OpenReviewSet =
          current?.id === started.id
            ? current
            : {
                ...started,
                lessons: [...started.lessons],
                items: [...started.items],
                startedAt: stamp(),
                questions: {},
              };
        for (const event of events) publish(event);
        return {
          review: { sets, open: { ...open, questions: { ...open.questions, [questionId]: answer } } },
        };
      });
    },
    /** Records a finished set (its lessons move on to their next review) and publishes the result, once. */
    finishReview(record: Omit<ReviewSetRecord, 'finishedAt'>) {
      store.setState((state) => {
        const sets = state.review?.sets ?? [];
        if (sets.some((s) => s.id === record.id)) return state;
        publish({
          type: 'review-finished',
          review: record.id,
          lessons: record.lessons,
          questions: record.items.length,
          score: record.score,
        });
        return { review: { sets: [...sets, { ...record, finishedAt: stamp() }] } };
      });
    },
  };
}
