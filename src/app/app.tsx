import { StrictMode, useEffect } from 'react';
import type { ReactNode } from 'react';
import { BrowserRouter, HashRouter } from 'react-router';
import { setRenderPhase } from '../components/hydration';
import { LaunchContext } from './launch-context';
import type { Launch } from './launch-context';
import { AppRoutes } from './routes';

/**
 * Marks the end of hydration (or of the first render): parts mounted from now on render live (see
 * renderPhase), and the page says it is ready (`<html data-ready>`, which the browser tests wait for).
 */
function HydrationDone() {
  useEffect(() => {
    setRenderPhase('live');
    document.documentElement.dataset.ready = 'true';
  }, []);
  return null;
}

/** The whole course, in a router: the same tree is prerendered at build and hydrated in the browser. */
export function App({ launch, router }: { launch: Launch; router: (routes: ReactNode) => ReactNode }) {
  return (
    <StrictMode>
      <LaunchContext value={launch}>{router(<AppRoutes />)}</LaunchContext>
      <HydrationDone />
    </StrictMode>
  );
}

/** SCORM packages run from a folder inside an LMS, so their routes go after '#' (VITE_ROUTER=hash). */
export const browserRouter = (hash: boolean, basename: string) =>
  function inRouter(routes: ReactNode) {
    return hash ? (
      <HashRouter>{routes}</HashRouter>
    ) : (
      <BrowserRouter basename={basename}>{routes}</BrowserRouter>
    );
  };
