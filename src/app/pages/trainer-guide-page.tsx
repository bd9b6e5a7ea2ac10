import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { courseLessons } from '../../content/course';
import { trainerGuide } from '../../content/job-aids';
import { PageHeading } from '../../components/layout/page-heading';
import { PrintButton } from '../../components/job-aids/print-button';
import { TrainerGuideView } from '../../components/job-aids/trainer-guide-view';

/** Module numbers follow the course order; a session for a module not in this build keeps its guide order. */
function moduleNumber(slug: string): number {
  const inCourse = courseLessons.findIndex((l) => l.slug === slug);
  if (inCourse >= 0) return inCourse + 1;
  return trainerGuide.sessions.findIndex((s) => s.slug === slug) + 1;
}

/** The printable trainer guide at /trainer/guide. */
export function TrainerGuidePage() {
  return (
    <div className="page trainer-guide-page">
      <p className="eyebrow">For trainers</p>
      <PageHeading>Trainer guide</PageHeading>
      <div className="page-actions no-print">
        <PrintButton>Print the guide</PrintButton>
        <Link to={paths.trainer.to()}>Assign the course</Link>
      </div>
      <TrainerGuideView guide={trainerGuide} moduleNumber={moduleNumber} />
    </div>
  );
}
