import { latestAssignment, summariseAssignment } from '../domain/assignments/assignment';
import type { BackoffPolicy } from '../domain/lms/retry-backoff';
import type { LearningEvent } from '../domain/course/learning-events';
import type { ProgressData } from '../domain/course/progress';
import {
  initializedStatement,
  parseLaunchActor,
  statementForEvent,
  terminatedStatement,
  uuidFromBytes,
} from '../domain/lms/xapi-statements';
import type { StatementScope, XapiStatement } from '../domain/lms/xapi-statements';
import { probeLocalStorage } from '../state/safe-storage';
import type { KeyValueStorage } from '../state/safe-storage';
import { createLrsClient } from './lrs-client';
import type { XapiLaunch } from './select-tracker';
import type { CourseSummary, Tracker } from './tracker';
import { createXapiQueue } from './xapi-queue';
import type { QueueStatus, Sender, Timers, XapiQueue } from './xapi-queue';

export interface XapiTrackerOptions {
  /** Where statements wait to be sent; defaults to localStorage (memory when that is unavailable). */
  storage?: KeyValueStorage | null;
  /** Sends statements; defaults to the LRS in the launch link. */
  send?: Sender;
  now?: () => Date;
  /** 16 random bytes per statement id; defaults to crypto.getRandomValues. */
  randomBytes?: () => Uint8Array;
  timers?: Timers;
  /** How long to wait between retries; the queue's default grows from 2 s to 5 min. */
  backoff?: BackoffPolicy;
  /** Told whenever the queue's state changes (sending, waiting to retry, refused). */
  onStatus?: (status: QueueStatus) => void;
  /** Where `online` is announced; defaults to window. */
  events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | null;
}

export interface XapiTracker extends Tracker {
  readonly queue: XapiQueue;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

const cryptoBytes = () => {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return bytes;
};

/** Shares one lock between tabs, so two tabs of the course never post the same queued statements. */
function tabLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? locks.request('servewell-xapi-queue', task) : task();
}

/** The header the launch gave, or a Basic header built from a bare token. */
const authHeader = (auth: string) => (/\s/.test(auth.trim()) ? auth.trim() : `Basic ${auth.trim()}`);

/**
 * Reports learning to a Learning Record Store as xAPI statements: initialized on start, one statement per
 * learning event, terminated on finish. Statements go through a persistent queue, so they are sent in order
 * and survive being offline, an LRS outage and page reloads. Progress itself stays in the browser.
 * Throws when the launch link's learner or endpoint cannot be used.
 */
export function createXapiTracker(launch: XapiLaunch, options: XapiTrackerOptions = {}): XapiTracker {
  const actor = parseLaunchActor(launch.actor);
  if (!actor.ok) throw new Error(`This xAPI launch link cannot be used: ${actor.reason}.`);
  const now = options.now ?? (() => new Date());
  const randomBytes = options.randomBytes ?? cryptoBytes;
  const newId = () => uuidFromBytes(randomBytes());

  const scope: StatementScope = { actor: actor.actor, courseTitle: 'Servewell' };
  const registration = launch.registration?.trim();
  if (registration && UUID.test(registration)) scope.registration = registration.toLowerCase();
  else if (registration)
    console.warn('The launch link’s registration is not a UUID; statements go without it.');

  const send: Sender =
    options.send ??
    (() => {
      const client = createLrsClient({ endpoint: launch.endpoint, auth: authHeader(launch.auth) });
      return (statements, sendOptions) => client.sendStatements(statements, sendOptions);
    })();

  const queueOptions: Parameters<typeof createXapiQueue>[0] = {
    storage: options.storage === undefined ? probeLocalStorage() : options.storage,
    send,
    lock: tabLock,
  };
  if (options.timers) queueOptions.timers = options.timers;
  if (options.backoff) queueOptions.backoff = options.backoff;
  if (options.onStatus) queueOptions.onStatus = options.onStatus;
  const queue = createXapiQueue(queueOptions);

  const events =
    options.events === undefined ? (typeof window !== 'undefined' ? window : null) : options.events;
  const onOnline = () => void queue.flush();
  let startedAt: number | null = null;
  let finished = false;

  const enqueue = (statement: XapiStatement, keepalive = false) => queue.enqueue([statement], { keepalive });

  return {
    kind: 'xapi',
    storage: null,
    queue,
    async start(course: CourseSummary) {
      scope.lessonTitles = Object.fromEntries(course.lessons.map((l) => [l.slug, l.title]));
      const at = now();
      startedAt = at.getTime();
      events?.addEventListener('online', onOnline);
      enqueue(initializedStatement(scope, newId(), at.toISOString()));
      // Also sends anything an earlier session could not.
      void queue.flush();
    },
    record(event: LearningEvent) {
      // After finish (a page restored from the back-forward cache) statements still queue, for the next send.
      enqueue(statementForEvent(scope, event, newId()));
    },
    progressChanged(progress: ProgressData) {
      const assignment = latestAssignment(progress.assignments);
      if (assignment) scope.assignment = summariseAssignment(assignment);
      else delete scope.assignment;
    },
    finish() {
      if (finished) return;
      finished = true;
      events?.removeEventListener('online', onOnline);
      const at = now();
      const duration = startedAt === null ? undefined : at.getTime() - startedAt;
      enqueue(terminatedStatement(scope, newId(), at.toISOString(), duration), true);
      void queue.flush({ keepalive: true }).finally(() => queue.dispose());
    },
  };
}
