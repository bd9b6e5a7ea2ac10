/// <reference types="vite-plugin-pwa/vanillajs" />
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, HashRouter } from 'react-router';
import { LaunchContext } from './app/launch-context';
import { AppRoutes } from './app/routes';
import { paths } from './config/paths';
import { courseLessons } from './content/course';
import { offersStaffPages } from './domain/course/navigation';
import type { LaunchKind } from './domain/course/navigation';
import { listenToOtherTabs } from './state/progress/progress-store';
import { forcedKind } from './tracking/select-tracker';
import { loadProgressOnce, startTracking } from './tracking/start-tracking';
import './styles.css';

/** SCORM packages run from a folder inside an LMS, so their routes go after '#' (VITE_ROUTER=hash). */
const hashRouting = import.meta.env.VITE_ROUTER === 'hash';
/** The final assessment's default pass mark (DEFAULT_PASS_MARK in src/domain/assessment/assessment.ts, kept out of this chunk). */
const COURSE_PASS_MARK = 0.8;

/** With routes after '#', an in-page link (#section) would read as a route: scroll to its target instead. */
function followInPageLinks() {
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
    const id = link?.getAttribute('href')?.slice(1);
    if (!id || id.startsWith('/') || event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const target = document.getElementById(decodeURIComponent(id));
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: 'start' });
    if (target.hasAttribute('tabindex')) target.focus({ preventScroll: true });
  });
}

/** The tracker in use, once tracking has started: the trainer and HR pages are offered only stand-alone. */
let launched: LaunchKind = 'local';

function render() {
  const root = document.getElementById('root');
  if (!root) return;
  const launch = { staffPages: offersStaffPages(launched, forcedKind(import.meta.env.VITE_TRACKER)) };
  createRoot(root).render(
    <StrictMode>
      <LaunchContext value={launch}>
        {hashRouting ? (
          <HashRouter>
            <AppRoutes />
          </HashRouter>
        ) : (
          <BrowserRouter basename={import.meta.env.BASE_URL.replace(/\/$/, '')}>
            <AppRoutes />
          </BrowserRouter>
        )}
      </LaunchContext>
    </StrictMode>,
  );
}

// Where progress goes (this browser, an LMS or an LRS) is settled before the first render, so the first
// screen already shows the learner's progress from the LMS.
startTracking({
  course: {
    lessons: courseLessons.map(({ slug, title, summary }) => ({ slug, title, summary })),
    passMark: COURSE_PASS_MARK,
  },
  forced: import.meta.env.VITE_TRACKER,
})
  .then(({ tracker, resume }) => {
    launched = tracker.kind;
    if (!tracker.storage) listenToOtherTabs();
    if (hashRouting) {
      followInPageLinks();
      // Relaunched from an LMS: open the lesson and section where the learner left off.
      if (resume && (window.location.hash === '' || window.location.hash === '#/')) {
        window.history.replaceState(
          window.history.state,
          '',
          `#${paths.lesson.to(resume.slug, resume.section)}`,
        );
      }
    }
  })
  .catch(async (error: unknown) => {
    console.warn('Progress tracking could not start; progress stays in this browser.', error);
    // The store waits to load until the tracker is chosen; here it loads from this browser instead.
    await loadProgressOnce().catch(() => {});
    listenToOtherTabs();
  })
  .finally(render);

/** Once the first screen is up, install the service worker that keeps the whole course available offline. */
function registerServiceWorker() {
  void import('virtual:pwa-register')
    .then(({ registerSW }) => registerSW({ immediate: true }))
    .catch((error: unknown) => console.warn('Offline use could not be set up', error));
}
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  if (document.readyState === 'complete') registerServiceWorker();
  else window.addEventListener('load', registerServiceWorker, { once: true });
}
