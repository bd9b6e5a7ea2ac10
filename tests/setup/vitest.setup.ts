import '@testing-library/jest-dom/vitest';
import { act, cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Pages load lazily, as in the browser; on a busy machine the first load of a page's module takes more than
// Testing Library's default second, so findBy… and waitFor wait a little longer before failing.
configure({ asyncUtilTimeout: 4000 });

afterEach(async () => {
  const { useProgress } = await import('../../src/state/progress/progress-store');
  cleanup();
  act(() => useProgress.getState().resetProgress());
  globalThis.localStorage?.clear();
  vi.unstubAllGlobals();
});
