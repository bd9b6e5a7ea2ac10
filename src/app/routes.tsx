import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { paths } from '../config/paths';
import { HomePage } from './pages/home-page';
import { NotFoundPage } from './pages/not-found-page';
import { Layout } from './layout';
import { RouteBoundary } from './route-boundary';
import { StaffPage } from './pages/staff-page';

const LessonPage = lazy(() => import('./pages/lesson-page').then((m) => ({ default: m.LessonPage })));
const TrainerPage = lazy(() => import('./pages/trainer-page').then((m) => ({ default: m.TrainerPage })));
const ReportsPage = lazy(() => import('./pages/reports-page').then((m) => ({ default: m.ReportsPage })));
const AssignmentPage = lazy(() =>
  import('./pages/assignment-page').then((m) => ({ default: m.AssignmentPage })),
);
const AssessmentPage = lazy(() =>
  import('./pages/assessment-page').then((m) => ({ default: m.AssessmentPage })),
);
const ReviewPage = lazy(() => import('./pages/review-page').then((m) => ({ default: m.ReviewPage })));
const CertificatePage = lazy(() =>
  import('./pages/certificate-page').then((m) => ({ default: m.CertificatePage })),
);
const LessonCardPage = lazy(() =>
  import('./pages/lesson-card-page').then((m) => ({ default: m.LessonCardPage })),
);
const TrainerGuidePage = lazy(() =>
  import('./pages/trainer-guide-page').then((m) => ({ default: m.TrainerGuidePage })),
);
const ActivitiesPage = lazy(() =>
  import('./pages/activities-page').then((m) => ({ default: m.ActivitiesPage })),
);

/** The route table. Every page but the first screen loads as its own chunk, behind its own error boundary. */
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
