import type { Tracker } from './tracker';

/** The default: progress stays in this browser (localStorage), and nothing is reported anywhere. */
export function createLocalTracker(): Tracker {
  return {
    kind: 'local',
    storage: null,
    start: () => Promise.resolve(),
    record() {},
    progressChanged() {},
    finish() {},
  };
}
