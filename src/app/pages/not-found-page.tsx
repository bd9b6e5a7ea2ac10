import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { PageHeading } from '../../components/layout/page-heading';

export function NotFoundPage({ what = 'page' }: { what?: string }) {
  return (
    <section className="page narrow" aria-labelledby="page-title">
      <p className="eyebrow">Not found</p>
      <PageHeading>We couldn’t find that {what}</PageHeading>
      <p>The link may be mistyped, or the {what} may have moved. Your progress is safe.</p>
      <p className="actions">
        <Link className="button" to={paths.home.to()}>
          See all lessons
        </Link>
      </p>
    </section>
  );
}
