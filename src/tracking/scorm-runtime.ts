import type { LearningEvent } from '../domain/course/learning-events';
import type { ProgressData } from '../domain/course/progress';
import { learnerDisplayName, lmsRecordsComplete, noDowngrade } from '../domain/lms/lms-standing';
import { backoffDelay } from '../domain/lms/retry-backoff';
import type { BackoffPolicy } from '../domain/lms/retry-backoff';
import type { InteractionRecord, ObjectiveRecord } from '../domain/lms/scorm-interactions';
import type { LmsIssue } from '../state/notices-store';
import { PERSISTED } from '../state/persisted-keys';
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
    learnerName: string;
    learnerId: string;
    /** How an objective's status is named: `status` (1.2) or `completion_status` (2004). */
    objectiveStatus: string;
  };
  /** Status, score and progress elements whose launch values the course never lowers. */
  readonly standing: readonly string[];
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
  interactionValues(n: number, record: InteractionRecord): [string, string][];
  objectiveValues(n: number, objective: ObjectiveRecord): [string, string][];
}

/** The part of `document` the tracker watches. */
interface VisibilitySource {
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
  /** Told what the learner should know: the LMS refusing data, or its saved copy unreadable. */
  onIssue?: (issue: LmsIssue) => void;
  /** How long to wait before committing again after the LMS refused (grows with each failure). */
  retry?: BackoffPolicy;
}

export interface ScormTracker extends Tracker {
  readonly kind: 'scorm12' | 'scorm2004';
  readonly storage: SuspendStorage;
  /** The lesson location the LMS gave at launch (`slug#section`), or '' for a first launch. */
  resumeLocation(): string;
  /** The learner's name as the LMS gives it, "First Last"; null when it gives none. */
  learnerName(): string | null;
}

export const DEFAULT_DEBOUNCE_MS = 1500;
export const DEFAULT_HEARTBEAT_MS = 3 * 60_000;
/** How often a refused interaction or objective value is sent again before the course lets it go. */
const EXTRA_TRIES = 3;
export const DEFAULT_RETRY: BackoffPolicy = { initialMs: 5_000, maxMs: 2 * 60_000, factor: 2, jitter: 0.2 };

/**
 * The SCORM run-time for either version. The session opens in `start`, and from then on:
 * - status, score, progress, location and each lesson's objective are set as they change (only when they
 *   change), never below what the LMS held at launch;
 * - every answered question is recorded as an interaction;
 * - a commit follows each of those changes and each learning event, batched (debounceMs); another when
 *   the page is hidden; another every few minutes (heartbeatMs);
 * - progress goes to cmi.suspend_data through `storage`, encoded to fit the version's limit, just before
 *   each commit;
 * - `finish` (on pagehide) sets the session time and exit, commits and closes the session, once.
 * A call that fails (or throws) is reported with the LMS's error code and never stops the course: values
 * the LMS refused are set again, and a refused commit is tried again with growing pauses, while the
 * learner is told that progress is only kept in this browser for now.
 */
export function createScormTracker(dialect: ScormDialect, options: ScormTrackerOptions = {}): ScormTracker {
  const now = options.now ?? Date.now;
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const heartbeatMs = options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
  const retryPolicy = options.retry ?? DEFAULT_RETRY;
  const doc: VisibilitySource | null | undefined =
    options.document === undefined ? globalThis.document : options.document;
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const onIssue = options.onIssue ?? (() => {});
  const { elements } = dialect;

  let state: 'idle' | 'open' | 'closed' = 'idle';
  let course: CourseSummary | null = null;
  let startedAt = 0;
  let normalMode = true;
  let complete = false;
  let launch = { suspendData: '', location: '' };
  let learnerName: string | null = null;
  let learnerId = '';
  /** Status and score the LMS held at launch: the floor for what is written. */
  const atLaunch: Record<string, string> = {};
  /** Values the LMS accepted, so they are not set again. */
  const written = new Map<string, string>();
  /** Values the LMS refused, set again before the next commit, with how often they were refused. */
  const refused = new Map<string, { value: string; times: number }>();
  let nextInteraction = 0;
  const objectiveIndex = new Map<string, number>();
  const objectiveAtLaunch = new Map<string, string>();
  let commitTimer: ReturnType<typeof setTimeout> | undefined;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let failedCommits = 0;
  /** The LMS's saved progress could not be read and is kept until the learner chooses: keep the attempt open. */
  let holding = false;

  /** Runs one API call and checks GetLastError, as the standard asks. A call that throws counts as failed. */
  const call = (
    what: string,
    run: () => string,
    quiet: string | null = null,
  ): { value: string; ok: boolean } => {
    let value: string;
    let code: string;
    try {
      value = String(run());
      code = String(dialect.lastError());
    } catch (error) {
      warn(`SCORM ${what} failed: ${error instanceof Error ? error.message : String(error)}`);
      return { value: '', ok: false };
    }
    const failed = value === 'false' || (code !== '0' && code !== '');
    if (failed && code !== quiet) {
      let message = '';
      try {
        message = dialect.errorString(code);
      } catch {
        // Only the code then.
      }
      warn(`SCORM ${what} failed with error ${code}: ${message}`);
    }
    return { value, ok: !failed };
  };

  const read = (element: string) =>
    call(`GetValue(${element})`, () => dialect.getValue(element), dialect.notInitialisedCode).value;

  /** Sets a value unless the LMS already has it from us; true when something was sent. */
  const set = (element: string, value: string): boolean => {
    if (state !== 'open' || written.get(element) === value) return false;
    if (call(`SetValue(${element})`, () => dialect.setValue(element, value)).ok) {
      written.set(element, value);
      refused.delete(element);
    } else {
      written.delete(element);
      const times = (refused.get(element)?.value === value ? refused.get(element)!.times : 0) + 1;
      // Question and lesson records are extras some LMSs do not keep: after a few refusals, let them go.
      if (!essential(element) && times > EXTRA_TRIES) {
        refused.delete(element);
        warn(`The LMS keeps refusing ${element}; the course stops sending it.`);
      } else refused.set(element, { value, times });
    }
    return true;
  };

  /** Progress itself (status, score, location, suspend data, session): what must reach the LMS. */
  const essential = (element: string) =>
    !element.startsWith('cmi.interactions.') && !element.startsWith('cmi.objectives.');

  /** Sets a status or score element, never below what the LMS held at launch. */
  const setStanding = (element: string, value: string) =>
    set(element, dialect.standing.includes(element) ? noDowngrade(element, atLaunch[element], value) : value);

  /** Commits `debounceMs` after the first change not yet committed, so a burst of changes makes one commit. */
  const scheduleCommit = (delay = debounceMs) => {
    if (state !== 'open' || commitTimer !== undefined) return;
    commitTimer = setTimeout(commitNow, delay);
  };

  const storage = createSuspendStorage({
    load: () => launch,
    maxLength: dialect.suspendBudget,
    write: (text) => {
      set(elements.suspendData, text);
      return written.get(elements.suspendData) === text;
    },
    // Not every change is worth a commit (time spent ticks every few seconds): saved progress goes to
    // the LMS with the next commit, which learning events, status changes, hiding and the heartbeat bring.
    onLoss: (losses) =>
      warn(
        `The LMS's copy of progress is too long for ${dialect.kind === 'scorm12' ? 'SCORM 1.2' : 'SCORM 2004'}, ` +
          `so it leaves out ${losses.join('; ')}. Everything is kept in full until this window closes.`,
      ),
    onUnreadable: (issue) => {
      holding = true;
      warn(
        `The LMS's saved progress could not be read (${issue.reason}); it is kept until the learner chooses.`,
      );
      onIssue({
        kind: 'lms-unreadable',
        ...issue,
        startFresh: () => {
          holding = false;
          issue.startFresh();
          scheduleCommit();
        },
      });
    },
    aside: options.aside === undefined ? probeLocalStorage() : options.aside,
    // Progress the LMS would not take is kept in this browser for this learner until it does.
    unsentKey: () => `${PERSISTED.lmsUnsent.key}:${learnerId}`,
  });

  const writeSessionState = () => {
    for (const [element, { value }] of [...refused]) set(element, value);
    storage.flush();
    // While the LMS's unreadable copy is held, leaving suspends the attempt so the LMS keeps it.
    set(elements.exit, dialect.exitValue(complete && !holding));
    set(elements.sessionTime, dialect.sessionTime(now() - startedAt));
  };

  const commitOnce = () => {
    writeSessionState();
    const ok = call('Commit', () => dialect.commit()).ok && ![...refused.keys()].some(essential);
    if (ok) {
      if (failedCommits > 0) onIssue({ kind: 'lms-accepting' });
      failedCommits = 0;
      storage.clearUnsent();
    } else {
      failedCommits += 1;
      storage.keepUnsent();
      if (failedCommits === 1) onIssue({ kind: 'lms-unavailable', why: 'refusing' });
    }
    return ok;
  };

  function commitNow() {
    if (state !== 'open') return;
    if (commitTimer !== undefined) clearTimeout(commitTimer);
    commitTimer = undefined;
    if (!commitOnce()) scheduleCommit(backoffDelay(failedCommits, retryPolicy));
  }

  const onVisibility = () => {
    if (doc?.visibilityState === 'hidden') commitNow();
  };

  const readLaunch = () => {
    const entry = read(elements.entry);
    const mode = read(elements.mode);
    normalMode = mode === '' || mode === 'normal';
    if (dialect.hasStoredData(entry)) {
      launch = { suspendData: read(elements.suspendData), location: read(elements.location) };
      for (const element of dialect.standing) atLaunch[element] = read(element);
      const objectives = Number(read('cmi.objectives._count'));
      for (let n = 0; Number.isInteger(objectives) && n < Math.min(objectives, 500); n += 1) {
        const id = read(`cmi.objectives.${n}.id`);
        objectiveIndex.set(id, n);
        objectiveAtLaunch.set(id, read(`cmi.objectives.${n}.${elements.objectiveStatus}`));
      }
      const interactions = Number(read('cmi.interactions._count'));
      nextInteraction = Number.isInteger(interactions) && interactions > 0 ? interactions : 0;
    }
    learnerName = learnerDisplayName(read(elements.learnerName));
    learnerId = read(elements.learnerId);
  };

  const reportObjectives = (progress: ProgressData) => {
    for (const lesson of course?.lessons ?? []) {
      const saved = progress.lessons[lesson.slug];
      const computed = saved?.completedAt ? 'completed' : saved ? 'incomplete' : 'not attempted';
      const held = objectiveAtLaunch.get(lesson.slug);
      const status = held === 'completed' || held === 'passed' ? held : computed;
      let n = objectiveIndex.get(lesson.slug);
      if (n === undefined) {
        n = objectiveIndex.size;
        objectiveIndex.set(lesson.slug, n);
      }
      for (const [element, value] of dialect.objectiveValues(n, {
        id: lesson.slug,
        title: lesson.title,
        status: status as ObjectiveRecord['status'],
      }))
        set(element, value);
    }
  };

  const recordAnswer = (event: Extract<LearningEvent, { type: 'question-answered' }>) => {
    if (!event.interaction || !normalMode) return;
    const record: InteractionRecord = {
      id: `${event.activity}.${event.question}`,
      interaction: event.interaction,
      correct: event.correct,
      lesson: event.lesson,
      at: event.at,
    };
    if (event.latencyMs !== undefined) record.latencyMs = event.latencyMs;
    for (const [element, value] of dialect.interactionValues(nextInteraction, record)) set(element, value);
    nextInteraction += 1;
  };

  function finish() {
    if (state !== 'open') return;
    try {
      // The last commit: what the LMS refuses here is kept in this browser for the next launch.
      commitOnce();
    } finally {
      state = 'closed';
      if (commitTimer !== undefined) clearTimeout(commitTimer);
      if (heartbeat !== undefined) clearInterval(heartbeat);
      doc?.removeEventListener('visibilitychange', onVisibility);
      call('Terminate', () => dialect.terminate());
    }
  }

  return {
    kind: dialect.kind,
    storage,
    async start(summary) {
      if (state !== 'idle') return;
      course = summary;
      startedAt = now();
      const opened = call('Initialize', () => dialect.initialize());
      if (opened.value !== 'true') {
        state = 'closed';
        let code = '';
        try {
          code = dialect.lastError();
          code = `${code}: ${dialect.errorString(code)}`;
        } catch {
          // The code alone, or nothing.
        }
        throw new Error(`The LMS did not open a SCORM session (error ${code})`);
      }
      state = 'open';
      try {
        readLaunch();
      } catch (error) {
        // Whatever happened, the session the LMS opened is closed again.
        finish();
        throw error;
      }
      complete = lmsRecordsComplete(atLaunch);
      doc?.addEventListener('visibilitychange', onVisibility);
      heartbeat = setInterval(commitNow, heartbeatMs);
    },
    record(event) {
      if (state !== 'open') return;
      if (event.type === 'question-answered') recordAnswer(event);
      // The LMS is told the course's state (status, score, location, suspend data) and each answer;
      // an event means there is progress worth saving soon.
      scheduleCommit();
    },
    progressChanged(progress: ProgressData) {
      if (state !== 'open' || !course) return;
      const status = courseStatus(course, progress);
      complete = status.complete || lmsRecordsComplete(atLaunch);
      let changed = false;
      if (normalMode) {
        for (const [element, value] of dialect.statusValues(status))
          changed = setStanding(element, value) || changed;
        reportObjectives(progress);
      }
      if (status.location && status.location.length <= dialect.maxLocation) {
        changed = set(elements.location, status.location) || changed;
      }
      if (changed) scheduleCommit();
    },
    finish,
    resumeLocation: () => launch.location,
    learnerName: () => learnerName,
  };
}
