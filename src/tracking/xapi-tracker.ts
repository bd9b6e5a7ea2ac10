import { latestAssignment, summariseAssignment } from '../domain/assignments/assignment';
import type { BackoffPolicy } from '../domain/lms/retry-backoff';
import type { LearningEvent } from '../domain/course/learning-events';
import type { ProgressData } from '../domain/course/progress';
import { deliveryLines } from '../domain/lms/xapi-delivery';
import type { DeliveryLine, DeliveryState } from '../domain/lms/xapi-delivery';
import { queueIdentity } from '../domain/lms/xapi-launch';
import type { XapiLaunch } from '../domain/lms/xapi-launch';
import {
  courseCompletedStatement,
  courseResultStatement,
  initializedStatement,
  statementForEvent,
  terminatedStatement,
  uuidFromBytes,
} from '../domain/lms/xapi-statements';
import type { StatementScope, XapiStatement } from '../domain/lms/xapi-statements';
import { useNotices } from '../state/notices-store';
import { probeLocalStorage } from '../state/safe-storage';
import type { KeyValueStorage } from '../state/safe-storage';
import { createLrsClient } from './lrs-client';
import type { CourseSummary, Tracker } from './tracker';
import { createXapiQueue, waitingElsewhere } from './xapi-queue';
import type { QueueStatus, Sender, Timers, XapiQueue } from './xapi-queue';

export interface XapiTrackerOptions {
  /** Where statements wait to be sent; defaults to localStorage (memory when that is unavailable). */
  storage?: KeyValueStorage | null;
  /** Sends statements; defaults to the LRS in the launch, with the launch's own credentials. */
  send?: Sender;
  now?: () => Date;
  /** 16 random bytes per statement id; defaults to crypto.getRandomValues. */
  randomBytes?: () => Uint8Array;
  timers?: Timers;
  /** How long to wait between retries; the queue's default grows from 2 s to 5 min. */
  backoff?: BackoffPolicy;
  /** Told whenever the queue's state changes (sending, waiting to retry, refused). */
  onStatus?: (status: QueueStatus) => void;
  /** Told what the learner should see about reporting; defaults to the notices store's status line. */
  onNotice?: (lines: DeliveryLine[]) => void;
  /** Where `online` is announced; defaults to window. */
  events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | null;
}

export interface XapiTracker extends Tracker {
  readonly queue: XapiQueue;
}

const cryptoBytes = () => {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return bytes;
};

/** Shares one lock per queue between tabs, so two tabs of the course never post the same queued statements. */
function tabLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? locks.request(name, task) : task();
}

const deliveryState = (status: QueueStatus): DeliveryState =>
  status.state === 'waiting'
    ? { kind: 'waiting' }
    : status.state === 'stopped'
      ? { kind: 'rejected' }
      : { kind: 'ok' };

/** True once every lesson of the course is complete. */
const courseComplete = (course: CourseSummary, progress: ProgressData) =>
  course.lessons.length > 0 && course.lessons.every((l) => Boolean(progress.lessons[l.slug]?.completedAt));

/**
 * Reports learning to a Learning Record Store as xAPI statements: initialized on start, one statement per
 * learning event, course-level completed and passed/failed, terminated on finish. Statements go through this
 * learner's own queue for this LRS (see createXapiQueue), so they are sent in order with this launch's
 * credentials only, and survive being offline, an LRS outage and page reloads. Progress itself stays in the
 * browser. The learner sees a calm line when records are not getting through.
 */
export function createXapiTracker(launch: XapiLaunch, options: XapiTrackerOptions = {}): XapiTracker {
  const now = options.now ?? (() => new Date());
  const randomBytes = options.randomBytes ?? cryptoBytes;
  const newId = () => uuidFromBytes(randomBytes());
  const onNotice = options.onNotice ?? ((lines) => useNotices.getState().setTracking(lines));

  const scope: StatementScope = { actor: launch.actor, courseTitle: 'Servewell' };
  if (launch.registration) scope.registration = launch.registration;

  const send: Sender =
    options.send ??
    (() => {
      const client = createLrsClient({ endpoint: launch.endpoint, auth: launch.auth });
      return (statements, sendOptions) => client.sendStatements(statements, sendOptions);
    })();

  const storage = options.storage === undefined ? probeLocalStorage() : options.storage;
  let shown = '';
  const tell = () => {
    const elsewhere = waitingElsewhere(storage, queue.key);
    const lines = deliveryLines({
      state: deliveryState(queue.status()),
      setAside: queue.refused().length,
      waitingElsewhere: elsewhere.queued,
    });
    const text = JSON.stringify(lines);
    if (text === shown) return;
    shown = text;
    onNotice(lines);
  };

  const queueOptions: Parameters<typeof createXapiQueue>[0] = {
    storage,
    identity: queueIdentity(launch),
    send,
    lock: tabLock,
    onStatus: (status) => {
      options.onStatus?.(status);
      tell();
    },
  };
  if (options.timers) queueOptions.timers = options.timers;
  if (options.backoff) queueOptions.backoff = options.backoff;
  const queue = createXapiQueue(queueOptions);

  const events =
    options.events === undefined ? (typeof window !== 'undefined' ? window : null) : options.events;
  const onOnline = () => void queue.flush();
  let startedAt: number | null = null;
  let finished = false;
  let course: CourseSummary | null = null;
  /** Whether the course was complete at the last progress seen; null before the first. */
  let wasComplete: boolean | null = null;

  const enqueue = (statements: XapiStatement[], keepalive = false) =>
    queue.enqueue(statements, { keepalive });

  return {
    kind: 'xapi',
    storage: null,
    queue,
    async start(summary: CourseSummary) {
      course = summary;
      scope.lessonTitles = Object.fromEntries(summary.lessons.map((l) => [l.slug, l.title]));
      scope.lessonSummaries = Object.fromEntries(
        summary.lessons.flatMap((l) => (l.summary ? [[l.slug, l.summary]] : [])),
      );
      const at = now();
      startedAt = at.getTime();
      events?.addEventListener('online', onOnline);
      const legacy = waitingElsewhere(storage, queue.key).legacy;
      if (legacy > 0)
        console.warn(
          `${legacy} xAPI statements from an older version of the course are kept in this browser unsent: their LRS is not known.`,
        );
      tell();
      enqueue([initializedStatement(scope, newId(), at.toISOString())]);
      // Also sends anything an earlier session of this learner, to this LRS, could not.
      void queue.flush();
    },
    record(event: LearningEvent) {
      // After finish (a page restored from the back-forward cache) statements still queue, for the next send.
      const statements = [statementForEvent(scope, event, newId())];
      if (event.type === 'assessment-submitted') {
        statements.push(
          courseResultStatement(scope, newId(), event.at, {
            passed: event.passed,
            score: event.score,
            attempt: event.attempt,
            passMark: event.passMark,
          }),
        );
      }
      enqueue(statements);
    },
    progressChanged(progress: ProgressData) {
      const assignment = latestAssignment(progress.assignments);
      if (assignment) scope.assignment = summariseAssignment(assignment);
      else delete scope.assignment;
      if (!course) return;
      // "completed" for the course when this session sees the last lesson completed; not again on a reload.
      const complete = courseComplete(course, progress);
      if (wasComplete === false && complete)
        enqueue([courseCompletedStatement(scope, newId(), now().toISOString())]);
      wasComplete = complete;
    },
    finish() {
      if (finished) return;
      finished = true;
      events?.removeEventListener('online', onOnline);
      const at = now();
      const duration = startedAt === null ? undefined : at.getTime() - startedAt;
      enqueue([terminatedStatement(scope, newId(), at.toISOString(), duration)], true);
      void queue.flush({ keepalive: true }).finally(() => queue.dispose());
    },
  };
}
