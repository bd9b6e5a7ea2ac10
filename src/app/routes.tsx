import { matchPath, Route, Routes } from 'react-router';
import type { ComponentType } from 'react';
import { paths } from '../config/paths';
import { lazyComponent, loadOnce } from '../components/load-once';
import { NotFoundPage } from './pages/not-found-page';
import { Layout } from './layout';
import { RouteBoundary } from './route-boundary';
import { StaffPage } from './pages/staff-page';

/** A page loaded on demand: `load` fetches it once; after that it renders at once. */
function page(load: () => Promise<ComponentType>) {
  const loader = loadOnce(load);
  return { load: loader, Page: lazyComponent(loader) };
}

const lessonModule = loadOnce(() => import('./pages/lesson-page'));
/** Whether the activities page is hydrating over its prerendered HTML (see preloadRoute). */
let activitiesAsHtml = false;

const pages = {
  home: page(() => import('./pages/home-page').then((m) => m.HomePage)),
  lesson: page(() => lessonModule().then((m) => m.LessonPage)),
  trainer: page(() => import('./pages/trainer-page').then((m) => m.TrainerPage)),
  reports: page(() => import('./pages/reports-page').then((m) => m.ReportsPage)),
  assignment: page(() => import('./pages/assignment-page').then((m) => m.AssignmentPage)),
  assessment: page(() => import('./pages/assessment-page').then((m) => m.AssessmentPage)),
  review: page(() => import('./pages/review-page').then((m) => m.ReviewPage)),
  certificate: page(() => import('./pages/certificate-page').then((m) => m.CertificatePage)),
  lessonCard: page(() => import('./pages/lesson-card-page').then((m) => m.LessonCardPage)),
  trainerGuide: page(() => import('./pages/trainer-guide-page').then((m) => m.TrainerGuidePage)),
  activities: page(() =>
    import('./pages/activities-page').then(async (m) => {
      // Opened in the course, the page appears whole; prerendered, its activities are on screen already
      // and load as the reader comes near them, as a lesson's do.
      if (!activitiesAsHtml) await m.preloadActivities();
      return m.ActivitiesPage;
    }),
  ),
};

const HomePage = pages.home.Page;
const LessonPage = pages.lesson.Page;
const TrainerPage = pages.trainer.Page;
const ReportsPage = pages.reports.Page;
const AssignmentPage = pages.assignment.Page;
const AssessmentPage = pages.assessment.Page;
const ReviewPage = pages.review.Page;
const CertificatePage = pages.certificate.Page;
const LessonCardPage = pages.lessonCard.Page;
const TrainerGuidePage = pages.trainerGuide.Page;
const ActivitiesPage = pages.activities.Page;

/**
 * Loads what the page at `pathname` needs to render at once: its page and a lesson's body (with its
 * activities unless `parts` is false: a prerendered lesson, or the activities page, already shows them and
 * loads them when near).
 * Unknown addresses need nothing.
 */
export async function preloadRoute(pathname: string, { parts = true } = {}): Promise<void> {
  for (const key of Object.keys(pages) as (keyof typeof pages)[]) {
    const match = matchPath(paths[key].pattern, pathname);
    if (!match) continue;
    if (key === 'activities') activitiesAsHtml = !parts;
    await pages[key].load();
    if (key === 'lesson') await (await lessonModule()).preloadLesson(match.params.slug, { parts });
    return;
  }
}

/** The route table. Every page loads as its own chunk, behind its own error boundary. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route
          index
          element={
            <RouteBoundary>
              <HomePage />
            </RouteBoundary>
          }
        />
        <Route
          path={paths.lesson.pattern}
          element={
            <RouteBoundary>
              <LessonPage />
            </RouteBoundary>
          }
        />
        <Route
          path={paths.lessonCard.pattern}
          element={
            <RouteBoundary>
              <LessonCardPage />
            </RouteBoundary>
          }
        />
        <Route
          path={paths.activities.pattern}
          element={
            <RouteBoundary>
              <ActivitiesPage />
            </RouteBoundary>
          }
        />
        <Route
          path={paths.assessment.pattern}
          element={
            <RouteBoundary>
              <AssessmentPage />
            </RouteBoundary>
          }
        />
        <Route
          path={paths.review.pattern}
          element={
            <RouteBoundary>
              <ReviewPage />
            </RouteBoundary>
          }
        />
        <Route
          path={paths.certificate.pattern}
          element={
            <RouteBoundary>
              <CertificatePage />
            </RouteBoundary>
          }
        />
        <Route
          path={paths.trainer.pattern}
          element={
            <RouteBoundary>
              <StaffPage>
                <TrainerPage />
              </StaffPage>
            </RouteBoundary>
          }
        />
        <Route
          path={paths.trainerGuide.pattern}
          element={
            <RouteBoundary>
              <TrainerGuidePage />
            </RouteBoundary>
          }
        />
        <Route
          path={paths.reports.pattern}
          element={
            <RouteBoundary>
              <StaffPage>
                <ReportsPage />
              </StaffPage>
            </RouteBoundary>
          }
        />
        <Route
          path={paths.assignment.pattern}
          element={
            <RouteBoundary>
              <AssignmentPage />
            </RouteBoundary>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
