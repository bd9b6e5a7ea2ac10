import { lazy } from 'react';
import { Route, Routes } from 'react-router-dom';
import { paths } from '../config/paths';
import { HomePage } from './pages/home-page';
import { NotFoundPage } from './pages/not-found-page';
import { Layout } from './layout';
import { RouteBoundary } from './route-boundary';

const LessonPage = lazy(() => import('./pages/lesson-page').then((m) => ({ default: m.LessonPage })));

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
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
