import { assessmentBank } from '../../../content/assessment-bank';
import { REVIEW_SET_SIZE, reviewSummary } from '../../../domain/course/review-schedule';
import type { DueReview } from '../../../domain/course/review-schedule';
import { useProgressData } from '../../../state/progress/selectors';
import { ReviewSet } from './review-set';
import type { ReviewLesson } from './review-set';

/**
 * The review set due, with its questions from the final-assessment bank: loaded only when a set is due, so
 * the review page itself stays light.
 */
export function DueSet({
  due,
  lessons,
}: {
  due: Pick<DueReview, 'id' | 'lessons'>;
  lessons: readonly ReviewLesson[];
}) {
  const open = useProgressData().review?.open;
  const count =
    open?.id === due.id
      ? open.items.length
      : Math.min(REVIEW_SET_SIZE, assessmentBank.filter((i) => due.lessons.includes(i.lesson)).length);
  const numberOf = (slug: string) => lessons.find((l) => l.slug === slug)?.number ?? 0;
  return (
    <>
      <p className="lead">
        {reviewSummary(count, due.lessons.map(numberOf))}. Answer each question once; the feedback shows what
        to remember.
      </p>
      <ReviewSet set={due} lessons={lessons} bank={assessmentBank} />
    </>
  );
}
