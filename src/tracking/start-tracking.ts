import { rejectedLaunchLines } from '../domain/lms/xapi-delivery';
import { onLearningEvent } from '../state/progress/learning-event-bus';
import { useNotices } from '../state/notices-store';
import { pickData, useProgress } from '../state/progress/progress-store';
import type { ProgressStore } from '../state/progress/progress-store';
import { createSafeStorage } from '../state/safe-storage';
import type { StorageIssue } from '../state/safe-storage';
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
  store?: ProgressStore;
  onIssue?: (issue: StorageIssue) => void;
  warn?: (message: string) => void;
}

export interface Tracking {
  tracker: Tracker;
  /** Where the LMS says the learner left off last time, for a relaunch; null otherwise. */
  resume: { slug: string; section?: string } | null;
  /** Stops listening and closes the session (the page does this itself on pagehide). */
  stop(): void;
}

type AnyTracker = Tracker & { resumeLocation?: () => string };

/** Adapters other than local load only when chosen, so the first screen stays small. */
async function createTracker(choice: TrackerChoice): Promise<AnyTracker> {
  switch (choice.kind) {
    case 'scorm12':
      return (await import('./scorm12-tracker')).createScorm12Tracker(choice.api);
    case 'scorm2004':
      return (await import('./scorm2004-tracker')).createScorm2004Tracker(choice.api);
    case 'xapi':
      return (await import('./xapi-tracker')).createXapiTracker(choice.launch);
    case 'local':
      return createLocalTracker();
  }
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Chooses the tracker and wires it in, before the first render:
 * 1. selects local, SCORM 1.2, SCORM 2004 or xAPI (see selectTracker) and opens its session;
 *    if that fails, the course runs locally and says why in the console;
 * 2. if the tracker keeps progress itself (SCORM: cmi.suspend_data), points the store at it and loads
 *    its copy in place of this browser's;
 * 3. passes it every learning event and every change of progress, and closes it on pagehide.
 */
export async function startTracking(options: TrackingOptions): Promise<Tracking> {
  const win = options.win ?? window;
  const store = options.store ?? useProgress;
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const onIssue = options.onIssue ?? ((issue: StorageIssue) => useNotices.getState().report(issue));

  const choice = selectTracker(win, forcedKind(options.forced));
  if (choice.kind === 'local' && choice.reason) warn(choice.reason);
  // An xAPI launch that cannot be used is not only the console's business: the learner sees a calm line.
  const launchRejected = () => useNotices.getState().setTracking(rejectedLaunchLines());
  if (choice.kind === 'local' && choice.launchRefused) launchRejected();
  let tracker: AnyTracker;
  try {
    tracker = await createTracker(choice);
    await tracker.start(options.course);
  } catch (error) {
    warn(`Progress is kept in this browser only: ${describe(error)}.`);
    if (choice.kind === 'xapi') launchRejected();
    tracker = createLocalTracker();
    await tracker.start(options.course);
  }

  if (tracker.storage) {
    // The tracker owns progress: forget what this browser holds, then load the tracker's copy.
    store.getState().resetProgress();
    store.persist.setOptions({ storage: createSafeStorage({ storage: tracker.storage, onIssue }) });
    await store.persist.rehydrate();
  }

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
