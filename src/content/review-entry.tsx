import { DueReviewCard } from '../components/activities/review/due-review';
import { WarmUp } from '../components/activities/review/warm-up';
import { assessmentBank } from './assessment-bank';
import { reviewLessons } from './review-lessons';

/**
 * Spaced review with its questions (the final-assessment bank): its own chunk, loaded only when a lesson
 * opens with a warm-up or home has a review to offer, so the first screen stays light.
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
