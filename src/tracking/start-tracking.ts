import type { LaunchRead } from '../domain/lms/xapi-launch';
import { PERSISTED } from '../state/persisted-keys';
import { onLearningEvent } from '../state/progress/learning-event-bus';
import { useLmsSession } from '../state/lms-session';
import { useNotices } from '../state/notices-store';
import type { LmsIssue } from '../state/notices-store';
import { pickData, useProgress } from '../state/progress/progress-store';
import type { ProgressStore } from '../state/progress/progress-store';
import type { StorageIssue } from '../state/versioned-storage';
import { createLocalTracker } from './local-tracker';
import { parseLocation } from './lms-location';
import { forcedKind, selectTracker } from './select-tracker';
import type { TrackerChoice } from './select-tracker';
import type { CourseSummary, Tracker } from './tracker';

export interface TrackingOptions {
  course: CourseSummary;
  /** The VITE_TRACKER build setting: 'local', 'scorm12', 'scorm2004' or 'xapi' forces that kind. */
  forced?: unknown;
  win?: Window;
  /** The progress store; it must not have loaded yet (created with skipHydration): it loads here, once. */
  store?: ProgressStore;
  onIssue?: (issue: StorageIssue | LmsIssue) => void;
  warn?: (message: string) => void;
}

export interface Tracking {
  tracker: Tracker;
  /** Where the LMS says the learner left off last time, for a relaunch; null otherwise. */
  resume: { slug: string; section?: string } | null;
  /** Stops listening and closes the session (the page does this itself on pagehide). */
  stop(): void;
}

type AnyTracker = Tracker & { resumeLocation?: () => string; learnerName?: () => string | null };

/** Adapters other than local load only when chosen, so the first screen stays small. */
async function createTracker(
  choice: TrackerChoice,
  options: { onIssue: (issue: LmsIssue) => void; warn: (message: string) => void },
): Promise<AnyTracker> {
  switch (choice.kind) {
    case 'scorm12':
      return (await import('./scorm12-tracker')).createScorm12Tracker(choice.api, options);
    case 'scorm2004':
      return (await import('./scorm2004-tracker')).createScorm2004Tracker(choice.api, options);
    case 'xapi':
      return (await import('./xapi-tracker')).createXapiTracker(choice.launch);
    case 'local':
      return createLocalTracker();
  }
}

/** Loads saved progress into the store unless it already has (the start-up failure path calls this too). */
export async function loadProgressOnce(store: ProgressStore = useProgress): Promise<void> {
  if (!store.persist.hasHydrated()) await store.persist.rehydrate();
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The xAPI launch for this tab. The code that reads and checks one loads only when the address carries launch
 * parameters or this tab kept a launch, so a learner without an LRS never downloads it.
 */
async function readXapiLaunch(win: Window): Promise<LaunchRead> {
  let kept: boolean;
  try {
    kept = win.sessionStorage?.getItem(PERSISTED.xapiLaunch.key) != null;
  } catch {
    kept = false;
  }
  if (!kept && !/[?&](endpoint|auth|actor)=/.test(win.location.search)) return { kind: 'none' };
  return (await import('./xapi-launch-store')).takeXapiLaunch(win);
}

/**
 * Chooses the tracker and wires it in, before the first render:
 * 1. selects local, SCORM 1.2, SCORM 2004 or xAPI (see selectTracker) and opens its session;
 *    if that fails, the course runs locally and says why in the console;
 * 2. if the tracker keeps progress itself (SCORM: cmi.suspend_data), points the store at it; then loads
 *    progress, once, from wherever it lives;
 * 3. passes it every learning event and every change of progress, and closes it on pagehide.
 */
export async function startTracking(options: TrackingOptions): Promise<Tracking> {
  const win = options.win ?? window;
  const store = options.store ?? useProgress;
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const onIssue =
    options.onIssue ?? ((issue: StorageIssue | LmsIssue) => useNotices.getState().report(issue));

  const forced = forcedKind(options.forced);
  const choice = selectTracker(win, forced, await readXapiLaunch(win));
  const scormPackage = forced === 'scorm12' || forced === 'scorm2004';
  // An xAPI launch that cannot be used is not only the console's business: the learner sees a calm line.
  // Its wording loads only when a launch is refused, keeping it off every first screen.
  const launchRejected = () =>
    import('../domain/lms/xapi-delivery').then(({ rejectedLaunchLines }) =>
      useNotices.getState().setTracking(rejectedLaunchLines()),
    );
  if (choice.kind === 'local' && choice.reason) {
    warn(choice.reason);
    if (scormPackage) onIssue({ kind: 'lms-unavailable', why: 'missing' });
  }
  if (choice.kind === 'local' && choice.launchRefused) await launchRejected();
  let tracker: AnyTracker;
  try {
    tracker = await createTracker(choice, { onIssue, warn });
    await tracker.start(options.course);
  } catch (error) {
    warn(`Progress is kept in this browser only: ${describe(error)}.`);
    if (choice.kind === 'xapi') await launchRejected();
    if (choice.kind === 'scorm12' || choice.kind === 'scorm2004')
      onIssue({ kind: 'lms-unavailable', why: 'missing' });
    tracker = createLocalTracker();
    await tracker.start(options.course);
  }

  // The tracker owns progress (SCORM): the store reads and writes the tracker's copy, not this browser's.
  if (tracker.storage) store.persist.setOptions({ storage: tracker.storage });
  await loadProgressOnce(store);
  useLmsSession.setState({ learnerName: tracker.learnerName?.() ?? null });

  const active = tracker;
  const stopEvents = onLearningEvent((event) => active.record(event));
  const report = () => active.progressChanged(pickData(store.getState()));
  const stopProgress = store.subscribe(report);
  report();
  const onPageHide = () => active.finish();
  win.addEventListener('pagehide', onPageHide);

  return {
    tracker: active,
    resume: active.resumeLocation ? parseLocation(active.resumeLocation()) : null,
    stop() {
      stopEvents();
      stopProgress();
      win.removeEventListener('pagehide', onPageHide);
      active.finish();
    },
  };
}
