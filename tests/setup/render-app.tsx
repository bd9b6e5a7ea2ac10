import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { LaunchContext } from '../../src/app/launch-context';
import type { Launch } from '../../src/app/launch-context';
import { AppRoutes } from '../../src/app/routes';

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
