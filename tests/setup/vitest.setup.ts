import '@testing-library/jest-dom/vitest';
import { act, cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Lazy pages and lessons compile on first use; on a busy two-core machine that can take a few seconds.
configure({ asyncUtilTimeout: 5000 });

afterEach(async () => {
  const { useProgress } = await import('../../src/state/progress/progress-store');
  const { useImportedRecordsStore } = await import('../../src/state/reports/imported-records-store');
  cleanup();
  useImportedRecordsStore.getState().reset();
  act(() => useProgress.getState().resetProgress());
  globalThis.localStorage?.clear();
  vi.unstubAllGlobals();
});
