import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import './how-assigning-works.css';

/** Beside the trainer's form: the three steps from a link to a report, in the trainer's order. */
export function HowAssigningWorks() {
  return (
    <section className="how-assigning" aria-labelledby="how-assigning-title">
      <h2 id="how-assigning-title">How assigning works</h2>
      <ol className="how-assigning-steps">
        <li>
          <h3>Choose what to complete</h3>
          <p>Tick the modules the group needs, and the final assessment if they should earn a certificate.</p>
        </li>
        <li>
          <h3>Share the link</h3>
          <p>
            Send the link, or show its QR code in a session. Each learner opens it, adds a name and accepts;
            the assigned modules then come first on their course home, with the days left.
          </p>
        </li>
        <li>
          <h3>Collect completion records</h3>
          <p>
            When they finish, learners send you a record file or a short code from the course. Add them on the{' '}
            <Link to={paths.reports.to()}>reports page</Link> to see who has completed, their scores, and who
            is late.
          </p>
        </li>
      </ol>
      <p className="how-assigning-note">
        Nothing leaves a learner’s browser until they send their record themselves.
      </p>
    </section>
  );
}
