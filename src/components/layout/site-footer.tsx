import { Link } from 'react-router';
import { paths } from '../../config/paths';
import './site-footer.css';

/** The site's footer: the course's name and, where they are offered, the way to the trainer and HR pages. */
export function SiteFooter({ staffLinks }: { staffLinks: boolean }) {
  return (
    <footer className="site-footer">
      <p>Servewell · an open course in customer service</p>
      {staffLinks && (
        <nav className="staff-links" aria-labelledby="staff-links-title">
          <p id="staff-links-title" className="staff-links-title">
            For trainers and HR
          </p>
          <ul>
            <li>
              <Link to={paths.trainer.to()}>Assign the course</Link>
            </li>
            <li>
              <Link to={paths.reports.to()}>Completion reports</Link>
            </li>
          </ul>
        </nav>
      )}
    </footer>
  );
}
