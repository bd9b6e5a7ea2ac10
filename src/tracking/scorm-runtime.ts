import type { ProgressData } from '../domain/course/progress';
import { probeLocalStorage } from '../state/safe-storage';
import type { KeyValueStorage } from '../state/safe-storage';
import { courseStatus } from './scorm-status';
import type { CourseStatus } from './scorm-status';
import { createSuspendStorage } from './suspend-storage';
import type { SuspendStorage } from './suspend-storage';
import type { CourseSummary, Tracker } from './tracker';

/** What differs between SCORM 1.2 and SCORM 2004: function names, element names, vocabularies, formats. */
export interface ScormDialect {
  readonly kind: 'scorm12' | 'scorm2004';
  /** Most characters of suspend data to write. */
  readonly suspendBudget: number;
  /** Longest lesson location the version allows. */
  readonly maxLocation: number;
  readonly elements: {
    location: string;
    suspendData: string;
    entry: string;
    mode: string;
    exit: string;
    sessionTime: string;
  };
  initialize(): string;
  terminate(): string;
  commit(): string;
  getValue(element: string): string;
  setValue(element: string, value: string): string;
  lastError(): string;
  errorString(code: string): string;
  /** Whether the LMS holds suspend data and a location for this entry (cmi.entry) worth reading. */
  hasStoredData(entry: string): boolean;
  /** Error code for "read before anything was stored", which is no problem at launch. */
  readonly notInitialisedCode: string | null;
  /** Status, score and progress, as element/value pairs in the order to set them. */
  statusValues(status: CourseStatus): [string, string][];
  /** cmi.exit: suspend while the course is not complete, so the LMS keeps the attempt open. */
  exitValue(complete: boolean): string;
  sessionTime(ms: number): string;
}

/** The part of `document` the tracker watches. */
export interface VisibilitySource {
  readonly visibilityState: string;
  addEventListener(type: 'visibilitychange', listener: () => void): void;
  removeEventListener(type: 'visibilitychange', listener: () => void): void;
}

export interface ScormTrackerOptions {
  /** Commit this long after the first change not yet committed, so bursts of changes make one commit. */
  debounceMs?: number;
  /** Commit at least this often while the course is open. */
  heartbeatMs?: number;
  now?: () => number;
  /** Where the page's visibility is read and watched; defaults to document. */
  document?: VisibilitySource | null;
  /** Where copies of unreadable saves go; defaults to the browser's storage. */
  aside?: KeyValueStorage | null;
  warn?: (message: string) => void;
}

export interface ScormTracker extends Tracker {
  readonly kind: 'scorm12' | 'scorm2004';
  readonly storage: SuspendStorage;
  /** The lesson location the LMS gave at launch (`slug#section`), or '' for a first launch. */
  resumeLocation(): string;
}

export const DEFAULT_DEBOUNCE_MS = 1500;
export const DEFAULT_HEARTBEAT_MS = 3 * 60_000;

/**
 * The SCORM run-time for either version. The session opens in `start`, and from then on:
 * - status, score, progress and location are set as they change (only when they change);
 * - a commit follows each of those changes and each learning event, batched (debounceMs); another when
 *   the page is hidden; another every few minutes (heartbeatMs);
 * - progress goes to cmi.suspend_data through `storage`, encoded to fit the version's limit, just before
 *   each commit;
 * - `finish` (on pagehide) sets the session time and exit, commits and closes the session, once.
 * A failed call is reported with the LMS's error code and never stops the course.
 */
export function createScormTracker(dialect: ScormDialect, options: ScormTrackerOptions = {}): ScormTracker {
  const now = options.now ?? Date.now;
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const heartbeatMs = options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
  const doc: VisibilitySource | null | undefined =
    options.document === undefined ? globalThis.document : options.document;
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const { elements } = dialect;

  let state: 'idle' | 'open' | 'closed' = 'idle';
  let course: CourseSummary | null = null;
  let startedAt = 0;
  let normalMode = true;
  let complete = false;
  let launch = { suspendData: '', location: '' };
  const written = new Map<string, string>();
  let commitTimer: ReturnType<typeof setTimeout> | undefined;
  let heartbeat: ReturnType<typeof setInterval> | undefined;

  /** Runs one API call and checks GetLastError, as the standard asks. */
  const call = (what: string, run: () => string, quiet: string | null = null): string => {
    const result = run();
    const code = dialect.lastError();
    if (code !== '0' && code !== '' && code !== quiet) {
      warn(`SCORM ${what} failed with error ${code}: ${dialect.errorString(code)}`);
    }
    return result;
  };

  const read = (element: string) =>
    call(`GetValue(${element})`, () => dialect.getValue(element), dialect.notInitialisedCode);

  /** Sets a value unless the LMS already has it from us; true when it was set. */
  const set = (element: string, value: string): boolean => {
    if (state !== 'open' || written.get(element) === value) return false;
    written.set(element, value);
    call(`SetValue(${element})`, () => dialect.setValue(element, value));
    return true;
  };

  /** Commits `debounceMs` after the first change not yet committed, so a burst of changes makes one commit. */
  const scheduleCommit = () => {
    if (state !== 'open' || commitTimer !== undefined) return;
    commitTimer = setTimeout(commitNow, debounceMs);
  };

  const storage = createSuspendStorage({
    load: () => launch,
    maxLength: dialect.suspendBudget,
    write: (text) => set(elements.suspendData, text),
    // Not every change is worth a commit (time spent ticks every few seconds): saved progress goes to
    // the LMS with the next commit, which learning events, status changes, hiding and the heartbeat bring.
    onLoss: (losses) =>
      warn(
        `The LMS's copy of progress is too long for ${dialect.kind === 'scorm12' ? 'SCORM 1.2' : 'SCORM 2004'}, ` +
          `so it leaves out ${losses.join('; ')}. Everything is kept in full until this window closes.`,
      ),
    aside: options.aside === undefined ? probeLocalStorage() : options.aside,
  });

  const writeSessionState = () => {
    storage.flush();
    set(elements.exit, dialect.exitValue(complete));
    set(elements.sessionTime, dialect.sessionTime(now() - startedAt));
  };

  function commitNow() {
    if (state !== 'open') return;
    if (commitTimer !== undefined) clearTimeout(commitTimer);
    commitTimer = undefined;
    writeSessionState();
    call('Commit', () => dialect.commit());
  }

  const onVisibility = () => {
    if (doc?.visibilityState === 'hidden') commitNow();
  };

  return {
    kind: dialect.kind,
    storage,
    async start(summary) {
      if (state !== 'idle') return;
      course = summary;
      startedAt = now();
      const opened = call('Initialize', () => dialect.initialize());
      if (opened !== 'true') {
        state = 'closed';
        const code = dialect.lastError();
        throw new Error(`The LMS did not open a SCORM session (error ${code}: ${dialect.errorString(code)})`);
      }
      state = 'open';
      const entry = read(elements.entry);
      const mode = read(elements.mode);
      normalMode = mode === '' || mode === 'normal';
      if (dialect.hasStoredData(entry)) {
        launch = { suspendData: read(elements.suspendData), location: read(elements.location) };
      }
      doc?.addEventListener('visibilitychange', onVisibility);
      heartbeat = setInterval(commitNow, heartbeatMs);
    },
    record() {
      // The LMS is told the course's state (status, score, location, suspend data), not each event;
      // an event means there is progress worth saving soon.
      scheduleCommit();
    },
    progressChanged(progress: ProgressData) {
      if (state !== 'open' || !course) return;
      const status = courseStatus(course, progress);
      complete = status.complete;
      let changed = false;
      if (normalMode) {
        for (const [element, value] of dialect.statusValues(status)) changed = set(element, value) || changed;
      }
      if (status.location && status.location.length <= dialect.maxLocation) {
        changed = set(elements.location, status.location) || changed;
      }
      if (changed) scheduleCommit();
    },
    finish() {
      if (state !== 'open') return;
      writeSessionState();
      call('Commit', () => dialect.commit());
      state = 'closed';
      if (commitTimer !== undefined) clearTimeout(commitTimer);
      if (heartbeat !== undefined) clearInterval(heartbeat);
      doc?.removeEventListener('visibilitychange', onVisibility);
      call('Terminate', () => dialect.terminate());
    },
    resumeLocation: () => launch.location,
  };
}
