import { Link, useParams } from 'react-router';
import { paths } from '../../config/paths';
import { courseLessons, findLesson } from '../../content/course';
import { findJobAid } from '../../content/job-aids';
import { PageHeading } from '../../components/layout/page-heading';
import { JobAidCard } from '../../components/job-aids/job-aid-card';
import { PrintButton } from '../../components/job-aids/print-button';
import { NotFoundPage } from './not-found-page';

/** A lesson's one-page job aid, at /lessons/<slug>/card. */
export function LessonCardPage() {
  const { slug } = useParams();
  const card = findJobAid(slug);
  if (!card) return <NotFoundPage what="job aid card" />;
  const lesson = findLesson(card.slug);
  const number = lesson ? courseLessons.indexOf(lesson) + 1 : undefined;
  return (
    <div className="page job-aid-page">
      <p className="eyebrow">Job aid{number ? ` · Module ${number}` : ''}</p>
      <PageHeading>{card.title}</PageHeading>
      <div className="page-actions no-print">
        <PrintButton>Print this card</PrintButton>
        {lesson && <Link to={paths.lesson.to(lesson.slug)}>Back to the lesson</Link>}
      </div>
      <JobAidCard card={card} />
    </div>
  );
}
