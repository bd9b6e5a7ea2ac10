import { Link } from 'react-router';
import { paths } from '../config/paths';
import { PageHeading } from '../components/layout/page-heading';
import { progressIsSafe, useNotices } from '../state/notices-store';

/** Shown in place of a page that failed; the header and the rest of the course keep working. */
export function RouteError({ error }: { error: Error }) {
  const failedToLoad =
    /dynamically imported module|Failed to fetch|Importing a module script failed|error loading/i.test(
      error.message,
    );
  const safe = useNotices(progressIsSafe);
  return (
    <section className="page narrow" aria-labelledby="page-title">
      <PageHeading>This page could not be shown</PageHeading>
      <p>
        {failedToLoad
          ? 'Part of the course could not be loaded. Check your connection, then try again.'
          : `Something went wrong while showing this page. ${
              safe
                ? 'Your progress is safe.'
                : 'Your progress is not being saved right now: the notice at the top of the page says why.'
            }`}
      </p>
      <details className="error-details">
        <summary>Technical details</summary>
        <pre>{error.message}</pre>
      </details>
      <p className="actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Try again
        </button>
        <Link className="button secondary" to={paths.home.to()}>
          Back to the course
        </Link>
      </p>
    </section>
  );
}
