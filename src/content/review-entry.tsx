import { DueReviewCard } from '../components/activities/review/due-review';
import { ReviewSet } from '../components/activities/review/review-set';
import { WarmUp } from '../components/activities/review/warm-up';
import { REVIEW_SET_SIZE, reviewSummary } from '../domain/course/review-schedule';
import type { DueReview } from '../domain/course/review-schedule';
import { useProgressData } from '../state/progress/selectors';
import { assessmentBank } from './assessment-bank';
import { reviewLessons } from './review-lessons';

/**
 * Spaced review with its questions (the final-assessment bank): its own chunk, loaded only when a lesson
 * opens with a warm-up, or home or the review page has a review to offer, so the first screen stays light.
 */
export function DueReviewOnHome() {
  return <DueReviewCard lessons={reviewLessons} bank={assessmentBank} />;
}

/** A lesson's warm-up, from the lessons before it. */
export function WarmUpOnLesson({ lesson }: { lesson: string }) {
  const index = reviewLessons.findIndex((l) => l.slug === lesson);
  if (index <= 0) return null;
  return <WarmUp lesson={lesson} earlier={reviewLessons.slice(0, index)} bank={assessmentBank} />;
}

/** The review set due, on the review page. */
export function DueSetOnPage({ due }: { due: Pick<DueReview, 'id' | 'lessons'> }) {
  const open = useProgressData().review?.open;
  const count =
    open?.id === due.id
      ? open.items.length
      : Math.min(REVIEW_SET_SIZE, assessmentBank.filter((i) => due.lessons.includes(i.lesson)).length);
  const numberOf = (slug: string) => reviewLessons.find((l) => l.slug === slug)?.number ?? 0;
  return (
    <>
      <p className="lead">
        {reviewSummary(count, due.lessons.map(numberOf))}. Answer each question once; the feedback shows what
        to remember.
      </p>
      <ReviewSet set={due} lessons={reviewLessons} bank={assessmentBank} />
    </>
  );
}
