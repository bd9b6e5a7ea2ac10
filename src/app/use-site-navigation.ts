import { useContext, useMemo } from 'react';
import { matchPath, useLocation } from 'react-router';
import { paths } from '../config/paths';
import { courseLessons } from '../content/course';
import { siteNavigation } from '../domain/course/navigation';
import type { NavEntry, SiteNavigation } from '../domain/course/navigation';
import { courseEnd } from '../domain/course/outline';
import { useProgressData } from '../state/progress/selectors';
import { LaunchContext } from './launch-context';

/** Which navigation entry each route belongs to: a lesson belongs to "Lessons". */
const PAGES: [pattern: string, entry: NavEntry][] = [
  [paths.home.pattern, 'lessons'],
  [paths.lesson.pattern, 'lessons'],
  [paths.assessment.pattern, 'assessment'],
  [paths.certificate.pattern, 'certificate'],
  [paths.trainer.pattern, 'trainer'],
  [paths.reports.pattern, 'reports'],
];

function navEntryOf(pathname: string): NavEntry | null {
  return PAGES.find(([pattern]) => matchPath(pattern, pathname))?.[1] ?? null;
}

/** The header's and footer's navigation for the page shown. */
export function useSiteNavigation(): SiteNavigation {
  const { pathname } = useLocation();
  const { staffPages } = useContext(LaunchContext);
  const data = useProgressData();
  const passed = useMemo(() => courseEnd(courseLessons, data).stage === 'passed', [data]);
  return useMemo(
    () => siteNavigation({ page: navEntryOf(pathname), passed, staffPages }),
    [pathname, passed, staffPages],
  );
}
