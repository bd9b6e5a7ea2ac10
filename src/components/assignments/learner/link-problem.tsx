import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import type { LinkProblem as Problem } from '../../../domain/assignments/assignment-codec';
import { PageHeading } from '../../layout/page-heading';

const ADVICE: Record<Problem, string> = {
  empty: 'Open the link exactly as your trainer sent it, or ask them to send it again.',
  truncated:
    'Copy the whole link, including everything after the # sign, or ask your trainer for the QR code or a fresh link.',
  malformed: 'Ask your trainer to send the link again, or to show you its QR code.',
  altered:
    'Ask your trainer to send the link again. Links are checked so that nobody can change what was assigned.',
  version: 'Ask your trainer which address of the course to use.',
  invalid: 'Ask your trainer to make a new assignment link.',
  'question-mark': 'Open the corrected link below, or ask your trainer to send the link again.',
};

/** An assignment link that cannot be used: what is wrong, what to do, and that nothing changed. */
export function LinkProblem({
  problem,
  message,
  fix,
}: {
  problem: Problem;
  message: string;
  /** The corrected address, when the course can tell what the link should have been. */
  fix?: string;
}) {
  return (
    <section className="page narrow" aria-labelledby="page-title">
      <p className="eyebrow">Assignment link</p>
      <PageHeading>This assignment link cannot be used</PageHeading>
      <div className="notice warning link-problem">
        <p>{message}</p>
      </div>
      <p>{ADVICE[problem]}</p>
      <p>Nothing has been changed in your course or your progress.</p>
      <p className="actions">
        {fix && (
          <Link className="button primary" to={fix}>
            Open the corrected link
          </Link>
        )}
        <Link className="button" to={paths.home.to()}>
          Go to the course
        </Link>
      </p>
    </section>
  );
}
