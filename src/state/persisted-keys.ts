/**
 * Every name the course keeps anything under in the browser, listed on purpose, with the version of the
 * shape stored there. A module that persists something imports its key (and version) from here; the
 * registry test exercises the stores and fails on any key written that is not listed.
 *
 * Bump a version together with a migration step in the module that reads it.
 */
export const PERSISTED = {
  /**
   * The learner's progress (src/state/progress), localStorage; in an LMS it lives in cmi.suspend_data.
   * Version 3 added spaced review sets (`review`).
   */
  progress: { key: 'servewell-progress', version: 3, in: 'localStorage' },
  /** Assignments a trainer created on this device (src/state/trainer). */
  trainer: { key: 'servewell-trainer', version: 1, in: 'localStorage' },
  /**
   * xAPI statements waiting for the LRS (src/tracking/xapi-queue): one queue per learner and LRS under
   * `servewell-xapi-queue:<endpoint>|<learner>` (src/tracking/xapi-keys.ts); the bare key is the shared queue of
   * version 1, kept untouched and never sent.
   */
  xapiQueue: { key: 'servewell-xapi-queue', version: 2, in: 'localStorage' },
  /** The xAPI launch of this tab (src/tracking/xapi-launch-store), sessionStorage: survives reloads, not the tab. */
  xapiLaunch: { key: 'servewell-xapi-launch', version: 1, in: 'sessionStorage' },
  /** The LRS address HR chose to remember on the Reports page (src/tracking/lrs-connection). */
  lrsConnection: { key: 'servewell-lrs-connection', version: 1, in: 'localStorage' },
  /** The LMS's suspend data that could not be read, kept as text for the LMS administrator (src/tracking). */
  lmsSuspendData: { key: 'servewell-lms-suspend-data', version: 1, in: 'localStorage' },
  /**
   * Progress an LMS refused to take, kept in this browser per learner (`servewell-lms-unsent:<learner id>`) until
   * a commit succeeds; merged back in at the next launch of that learner (src/tracking/suspend-storage).
   */
  lmsUnsent: { key: 'servewell-lms-unsent', version: 1, in: 'localStorage' },
  /** HR's imported completion records (src/state/reports/records-db), an IndexedDB database. */
  reports: { key: 'servewell-reports', version: 1, in: 'indexedDB' },
} as const;

/** Unreadable data is copied here before starting fresh: `<key>:backup:<time>`. */
export const backupKey = (key: string, time: number | string) => `${key}:backup:${String(time)}`;

/**
 * True when the course meant to write `key`: a listed key, a backup of one, or (for keys listed as
 * taking a suffix, like the xAPI queue per launch) one of its suffixed forms `<key>:<suffix>`.
 */
export function isPersistedKey(key: string): boolean {
  return Object.values(PERSISTED).some(
    (entry) => key === entry.key || key.startsWith(`${entry.key}:backup:`) || key.startsWith(`${entry.key}:`),
  );
}
