import { Suspense, useState } from 'react';
import type { ReactNode } from 'react';
import { renderPhase } from './hydration';

/**
 * A loading state for a part that loads on demand. On a prerendered page there is none: the part was loaded
 * before rendering (at build, and before hydration), so the page hydrates in one pass, and a later update can
 * never find a boundary still waiting to hydrate (React would swap it for its fallback, moving the page).
 */
export function LoadingBoundary({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  const [prerendered] = useState(() => renderPhase() !== 'live');
  return prerendered ? children : <Suspense fallback={fallback}>{children}</Suspense>;
}
