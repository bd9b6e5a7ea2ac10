import { Suspense, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { reviewLessons } from '../../content/review-lessons';
import { dueInWords, dueReview, lessonNumbersText, nextReview } from '../../domain/course/review-schedule';
import type { DueReview } from '../../domain/course/review-schedule';
import { lazyComponent, loadOnce } from '../../components/load-once';
import { PageHeading } from '../../components/layout/page-heading';
import { useProgressData } from '../../state/progress/selectors';
import { LoadingLine } from '../../components/ui/loading-line';

const numberOf = (slug: string) => reviewLessons.find((l) => l.slug === slug)?.number ?? 0;

const DueSet = lazyComponent(
  loadOnce(() => import('../../content/review-entry').then((m) => m.DueSetOnPage)),
);

/** The spaced review set due now, on a page of its own; when none is due, when the next one will be. */
export function ReviewPage() {
  const data = useProgressData();
  const [now] = useState(() => new Date());
  const dueNow = dueReview(reviewLessons, data, now);
  // The set due when the page opened stays on it, answered and finished, whatever falls due meanwhile. A
  // prerendered page learns the saved progress just after it hydrates: the first set found due is kept.
  const [kept, setKept] = useState<DueReview | null>(null);
  useEffect(() => {
    if (!kept && dueNow) setKept(dueNow);
  }, [kept, dueNow]);
  const due = kept ?? dueNow;
  const coming = nextReview(reviewLessons, data, now);

  return (
    <div className="page review-page">
      <p className="eyebrow">Spaced review</p>
      <PageHeading>{due ? 'Review' : 'Nothing to review yet'}</PageHeading>
      {due ? (
        <Suspense fallback={<LoadingLine>Loading the review…</LoadingLine>}>
          <DueSet due={due} />
        </Suspense>
      ) : (
        <p className="lead">
          {coming
            ? `Your next review, of ${lessonNumbersText(coming.lessons.map(numberOf))}, is due ${dueInWords(coming.at, now)}.`
            : 'Reviews come about 2, 7 and 30 days after you complete a lesson.'}
        </p>
      )}
      <p>
        <Link to={paths.home.to()}>Back to the course</Link>
      </p>
    </div>
  );
}
