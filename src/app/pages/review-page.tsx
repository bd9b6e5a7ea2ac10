import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { assessmentBank } from '../../content/assessment-bank';
import { reviewLessons } from '../../content/review-entry';
import {
  dueInWords,
  dueReview,
  lessonNumbersText,
  nextReview,
  REVIEW_SET_SIZE,
  reviewSummary,
} from '../../domain/course/review-schedule';
import { PageHeading } from '../../components/layout/page-heading';
import { ReviewSet } from '../../components/activities/review/review-set';
import { useProgressData } from '../../state/progress/selectors';

const numberOf = (slug: string) => reviewLessons.find((l) => l.slug === slug)?.number ?? 0;

/** The spaced review set due now, on a page of its own; when none is due, when the next one will be. */
export function ReviewPage() {
  const data = useProgressData();
  // The set due when the page opened stays on it, answered and finished, whatever falls due meanwhile.
  const [opened] = useState(() => ({ now: new Date(), due: dueReview(reviewLessons, data, new Date()) }));
  const due = opened.due;
  const open = data.review?.open;
  const count = !due
    ? 0
    : open?.id === due.id
      ? open.items.length
      : Math.min(REVIEW_SET_SIZE, assessmentBank.filter((i) => due.lessons.includes(i.lesson)).length);
  const coming = nextReview(reviewLessons, data, opened.now);

  return (
    <div className="page review-page">
      <p className="eyebrow">Spaced review</p>
      <PageHeading>{due && count > 0 ? 'Review' : 'Nothing to review yet'}</PageHeading>
      {due && count > 0 ? (
        <>
          <p className="lead">
            {reviewSummary(count, due.lessons.map(numberOf))}. Answer each question once; the feedback shows
            what to remember.
          </p>
          <ReviewSet set={due} lessons={reviewLessons} bank={assessmentBank} />
        </>
      ) : (
        <p className="lead">
          {coming
            ? `Your next review, of ${lessonNumbersText(coming.lessons.map(numberOf))}, is due ${dueInWords(coming.at, opened.now)}.`
            : 'Reviews come about 2, 7 and 30 days after you complete a lesson.'}
        </p>
      )}
      <p>
        <Link to={paths.home.to()}>Back to the course</Link>
      </p>
    </div>
  );
}
