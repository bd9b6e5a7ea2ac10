import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { formatPercent } from '../../domain/assessment/results';
import { formatDate } from '../../domain/assignments/due-dates';
import './course-passed.css';

/** The end of the course, celebrated on the course home: the pass, its score and date, and the certificate. */
export function CoursePassed({ score, passedOn }: { score: number; passedOn: string }) {
  return (
    <div className="course-passed">
      <span className="course-passed-seal" aria-hidden="true">
        ★
      </span>
      <div className="course-passed-body">
        <h2 className="course-passed-title">You passed the course</h2>
        <p>
          You scored <strong>{formatPercent(score)}</strong> in the final assessment on {formatDate(passedOn)}
          . Your certificate is ready to print or save as a PDF.
        </p>
        <p className="actions">
          <Link className="button primary large" to={paths.certificate.to()}>
            See your certificate
          </Link>
          <Link className="button secondary" to={paths.assessment.to()}>
            Your assessment results
          </Link>
        </p>
      </div>
    </div>
  );
}
