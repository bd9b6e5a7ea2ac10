import { Link } from 'react-router';
import type { Ref } from 'react';
import { paths } from '../../config/paths';
import type { CourseProgress } from '../../domain/course/progress';
import type { NavEntry, SiteNavigation } from '../../domain/course/navigation';
import { ProgressBar } from '../ui/progress-bar';
import { useHeaderHeight } from './use-header-height';
import './site-header.css';

const ENTRIES: Record<NavEntry, { label: string; to: string }> = {
  lessons: { label: 'Lessons', to: paths.home.to() },
  assessment: { label: 'Assessment', to: paths.assessment.to() },
  certificate: { label: 'Certificate', to: paths.certificate.to() },
  trainer: { label: 'Trainer', to: paths.trainer.to() },
  reports: { label: 'Reports', to: paths.reports.to() },
};

export function SiteHeader({
  progress,
  nav,
  slotRef,
}: {
  progress: CourseProgress;
  nav: SiteNavigation;
  /** Receives the header's bottom strip (see InHeader). */
  slotRef?: Ref<HTMLDivElement>;
}) {
  const headerRef = useHeaderHeight<HTMLElement>();
  return (
    <header className="site-header" ref={headerRef}>
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
            {nav.entries.map((entry) => (
              <li key={entry}>
                <Link to={ENTRIES[entry].to} aria-current={nav.current === entry ? 'page' : undefined}>
                  {ENTRIES[entry].label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {nav.showProgress && (
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
        )}
      </div>
      <div className="header-slot" ref={slotRef} />
    </header>
  );
}
