import '@testing-library/jest-dom/vitest';
import { act, cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(async () => {
  const { useProgress } = await import('../../src/state/progress/progress-store');
  const { useImportedRecordsStore } = await import('../../src/state/reports/imported-records-store');
  cleanup();
  useImportedRecordsStore.getState().reset();
  act(() => useProgress.getState().resetProgress());
  globalThis.localStorage?.clear();
  vi.unstubAllGlobals();
});
