import { createRoot, hydrateRoot } from 'react-dom/client';
import { startTransition } from 'react';
import type { ErrorInfo } from 'react';
import { App, browserRouter } from './app/app';
import { preloadRoute } from './app/routes';
import { setRenderPhase } from './components/hydration';
import { paths } from './config/paths';
import { courseLessons } from './content/course';
import { offersStaffPages } from './domain/course/navigation';
import { canHydrate } from './domain/course/prerendered-route';
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

/** The address inside the course: after '#' in a SCORM package, else the path under the base. */
function coursePath(): string {
  if (hashRouting) return window.location.hash.replace(/^#/, '').split(/[?#]/)[0] || '/';
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const { pathname } = window.location;
  return (pathname.startsWith(base) ? pathname.slice(base.length) : pathname) || '/';
}

/** Hydration problems are errors: the e2e tests fail on any. */
function reportRecoverable(error: unknown, info: ErrorInfo) {
  console.error('Hydration problem:', error, info.componentStack ?? '');
}

/**
 * Hydrates the prerendered page when it shows this address, once its page's code (and a lesson's body) is
 * loaded, so nothing on screen changes; otherwise renders the course afresh.
 */
async function render() {
  const root = document.getElementById('root');
  if (!root) return;
  const launch = { staffPages: offersStaffPages(launched, forcedKind(import.meta.env.VITE_TRACKER)) };
  const app = (
    <App launch={launch} router={browserRouter(hashRouting, import.meta.env.BASE_URL.replace(/\/$/, ''))} />
  );
  const path = coursePath();
  const rendered = { route: root.dataset.route, staffPages: root.dataset.staffPages };
  const patterns = Object.values(paths).map((route) => route.pattern);
  // In a SCORM package the route itself is after '#': only a stand-alone page has a fragment of its own.
  const fragment = hashRouting ? '' : window.location.hash.slice(1);
  const hydrate = canHydrate(rendered, { path, staffPages: launch.staffPages, fragment }, patterns, [
    paths.assignment.pattern,
  ]);
  await preloadRoute(path, { parts: !hydrate }).catch((error: unknown) =>
    console.warn('The page could not be loaded ahead', error),
  );
  // As a transition, React renders in slices and lets the browser answer the reader in between, instead of
  // holding the page for the whole render (a long task on a slow phone).
  if (hydrate) {
    setRenderPhase('hydrate');
    startTransition(() => {
      hydrateRoot(root, app, { onRecoverableError: reportRecoverable });
    });
  } else {
    const fresh = createRoot(root);
    startTransition(() => fresh.render(app));
  }
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
  .finally(() => void render());

/**
 * Once the page has loaded, installs the service worker that keeps the whole course available offline (it
 * precaches every page and chunk). When a new version takes over from an old one, the page reloads onto it.
 */
function registerServiceWorker() {
  const { serviceWorker } = navigator;
  const hadController = Boolean(serviceWorker.controller);
  serviceWorker.addEventListener('controllerchange', () => {
    if (hadController) window.location.reload();
  });
  serviceWorker
    .register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
    .catch((error: unknown) => console.warn('Offline use could not be set up', error));
}
if (import.meta.env.PROD && import.meta.env.VITE_OFFLINE === 'yes' && 'serviceWorker' in navigator) {
  if (document.readyState === 'complete') registerServiceWorker();
  else window.addEventListener('load', registerServiceWorker, { once: true });
}
