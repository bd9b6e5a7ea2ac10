import { useContext } from 'react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { PageHeading } from '../../components/layout/page-heading';
import { LaunchContext } from '../launch-context';

/**
 * The trainer and HR pages, where they are offered. Inside an LMS or an xAPI launch they are not: that system
 * keeps the learners' progress and reports, and a learner reaching these addresses is sent back to the course.
 */
export function StaffPage({ children }: { children: ReactNode }) {
  const { staffPages } = useContext(LaunchContext);
  if (staffPages) return children;
  return (
    <section className="page narrow" aria-labelledby="page-title">
      <p className="eyebrow">Not in this course</p>
      <PageHeading>This page is not part of the course here</PageHeading>
      <p>
        The course was opened from your organisation’s learning system, which keeps your progress and its
        reports. Assigning the course and reviewing completion happen there.
      </p>
      <p className="actions">
        <Link className="button" to={paths.home.to()}>
          See all lessons
        </Link>
      </p>
    </section>
  );
}
