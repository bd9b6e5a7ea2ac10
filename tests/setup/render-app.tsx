import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { LaunchContext } from '../../src/app/launch-context';
import type { Launch } from '../../src/app/launch-context';
import { AppRoutes, preloadRoute } from '../../src/app/routes';

// The home page is its own chunk, loaded once before any test renders it, as main.tsx does before the first
// render: tests then find it on screen at once, as a learner does.
await preloadRoute('/');

/**
 * Renders the whole course at a path, as a learner arriving there would see it; `launch` as main.tsx settles
 * it (stand-alone unless told otherwise).
 */
export function renderApp(path = '/', launch: Launch = { staffPages: true }) {
  return render(
    <LaunchContext value={launch}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
      </MemoryRouter>
    </LaunchContext>,
  );
}

/** An IntersectionObserver that reports every observed element as visible at once. */
export function installVisibleObserver() {
  class VisibleObserver {
    constructor(private readonly callback: IntersectionObserverCallback) {}
    observe(target: Element) {
      this.callback(
        [{ isIntersecting: true, target } as IntersectionObserverEntry],
        this as unknown as IntersectionObserver,
      );
    }
    disconnect() {}
    unobserve() {}
    takeRecords() {
      return [];
    }
  }
  vi.stubGlobal('IntersectionObserver', VisibleObserver);
}
