import { NavLink, Link } from 'react-router';
import { paths } from '../../config/paths';
import type { CourseProgress } from '../../domain/course/progress';
import { ProgressBar } from '../ui/progress-bar';

export function SiteHeader({ progress }: { progress: CourseProgress }) {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link to={paths.home.to()} className="brand">
          <svg aria-hidden="true" viewBox="0 0 32 32" width="28" height="28">
            <rect width="32" height="32" rx="7" fill="currentColor" />
            <path
              d="M9 17.5l4.5 4.5L23 11"
              fill="none"
              stroke="var(--surface)"
              strokeWidth="3.2"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          <span>Servewell</span>
        </Link>
        <nav aria-label="Main">
          <ul className="nav-list">
            <li>
              <NavLink to={paths.home.to()} end>
                Lessons
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.assessment.to()}>Assessment</NavLink>
            </li>
            <li>
              <NavLink to={paths.trainer.to()}>Trainer</NavLink>
            </li>
            <li>
              <NavLink to={paths.reports.to()}>Reports</NavLink>
            </li>
          </ul>
        </nav>
        <div className="header-progress">
          <ProgressBar
            value={progress.fraction}
            label="Course progress"
            valueText={`${progress.completed} of ${progress.total} lessons complete`}
          />
          <span className="header-progress-text" aria-hidden="true">
            {progress.completed}/{progress.total}
          </span>
        </div>
      </div>
    </header>
  );
}
