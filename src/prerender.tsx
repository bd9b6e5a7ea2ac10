import { prerender } from 'react-dom/static';
import type { ReactNode } from 'react';
import { createPath, Router, StaticRouter } from 'react-router';
import type { Navigator, To } from 'react-router';
import { App } from './app/app';
import { setRenderPhase } from './components/hydration';
import { preloadRoute } from './app/routes';
import { paths } from './config/paths';
import { offersStaffPages } from './domain/course/navigation';
import { routeOf } from './domain/course/prerendered-route';
import { forcedKind } from './tracking/select-tracker';

/**
 * Renders one route of the course to HTML at build time (scripts/prerender.ts calls this through Vite), with
 * the real components. Saved progress is not known here: stores are as a first visit finds them, and the
 * browser fills in the learner's own after hydration.
 */

const noop = () => undefined;
/** Links as a SCORM package's HashRouter writes them: `#/lessons/…`. */
const hashNavigator: Navigator = {
  createHref: (to: To) => `#${typeof to === 'string' ? to : createPath(to)}`,
  go: noop,
  push: noop,
  replace: noop,
};

export interface RenderedRoute {
  /** The root element's HTML. */
  html: string;
  /** What the root element says it shows (read back by canHydrate in main.tsx). */
  route: string;
  staffPages: boolean;
}

export async function renderRoute(path: string): Promise<RenderedRoute> {
  const hash = import.meta.env.VITE_ROUTER === 'hash';
  const basename = import.meta.env.BASE_URL.replace(/\/$/, '').replace(/^\.$/, '');
  const staffPages = offersStaffPages('local', forcedKind(import.meta.env.VITE_TRACKER));
  setRenderPhase('prerender');
  await preloadRoute(path);
  const router = (routes: ReactNode) =>
    hash ? (
      <Router location={path} navigator={hashNavigator} static>
        {routes}
      </Router>
    ) : (
      <StaticRouter location={`${basename}${path}`} basename={basename}>
        {routes}
      </StaticRouter>
    );
  const errors: unknown[] = [];
  const { prelude } = await prerender(<App launch={{ staffPages }} router={router} />, {
    onError: (error) => void errors.push(error),
    // Everything in one piece: no part is sent later with an inline script, which the CSP would refuse.
    progressiveChunkSize: Number.POSITIVE_INFINITY,
  });
  // A part that fails at build would be left to the browser: the build stops instead, naming it.
  if (errors.length > 0) throw new Error(`Prerendering ${path} failed`, { cause: errors[0] });
  const html = await new Response(prelude).text();
  const patterns = Object.values(paths).map((route) => route.pattern);
  return { html, route: routeOf(path, patterns), staffPages };
}
