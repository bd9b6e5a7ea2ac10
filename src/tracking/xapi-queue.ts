import { PERSISTED } from '../state/persisted-keys';
import { backoffDelay, DEFAULT_BACKOFF, sendOutcome } from '../domain/lms/retry-backoff';
import type { BackoffPolicy } from '../domain/lms/retry-backoff';
import type { XapiStatement } from '../domain/lms/xapi-statements';
import { memoryStorage } from '../state/safe-storage';
import type { KeyValueStorage } from '../state/safe-storage';
import { isRecord } from '../domain/lib/guards';

/**
 * xAPI statements waiting for the LRS, kept in the browser's storage so nothing is lost when the learner is
 * offline, the LRS is down, or the tab closes. Statements leave the queue strictly in the order they joined
 * it, and only once the LRS has them. Each keeps the id it was given when queued, so a statement sent again
 * after a doubtful failure is recognised by the LRS and stored once.
 */

export const XAPI_QUEUE_KEY = PERSISTED.xapiQueue.key;
const QUEUE_VERSION = PERSISTED.xapiQueue.version;

/** Sends statements in the order given; throws when they were not stored (with `status` if the LRS answered). */
export type Sender = (statements: XapiStatement[], options: { keepalive: boolean }) => Promise<void>;

export type QueueStatus =
  | { state: 'idle'; pending: number }
  | { state: 'sending'; pending: number }
  /** Waiting to try again (offline, or the LRS failing). */
  | { state: 'waiting'; pending: number; attempt: number; retryInMs: number; reason: string }
  /** The LRS refused the statements (e.g. bad credentials): kept, and tried again only when asked or on the next launch. */
  | { state: 'stopped'; pending: number; status: number | null; reason: string };

export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface XapiQueueOptions {
  /** Where the queue is kept; null falls back to memory (the queue then lasts as long as the tab). */
  storage: KeyValueStorage | null;
  send: Sender;
  key?: string;
  backoff?: BackoffPolicy;
  /** Statements per request. */
  batchSize?: number;
  random?: () => number;
  timers?: Timers;
  /**
   * Runs a send while holding a lock every tab shares (navigator.locks in the browser), so two tabs of the
   * course never post the same statements at once.
   */
  lock?: <T>(task: () => Promise<T>) => Promise<T>;
  onStatus?: (status: QueueStatus) => void;
  now?: () => Date;
}

export interface XapiQueue {
  /**
   * Adds statements at the end (ones already queued, by id, are ignored) and starts sending if idle.
   * `keepalive` asks for requests that outlive the page, for the last statements of a session.
   */
  enqueue(statements: XapiStatement[], options?: { keepalive?: boolean }): void;
  /**
   * Sends everything queued now, skipping any back-off wait. Resolves with the status once the queue is
   * empty or a send failed. `keepalive` lets the request outlive the page (for the last statements).
   */
  flush(options?: { keepalive?: boolean }): Promise<QueueStatus>;
  /** Like flush, but also after the LRS refused statements (e.g. once credentials are fixed). */
  retryNow(): Promise<QueueStatus>;
  pending(): XapiStatement[];
  status(): QueueStatus;
  /** Stops timers; queued statements stay stored for the next session. */
  dispose(): void;
}

const looksLikeStatement = (v: unknown): v is XapiStatement =>
  isRecord(v) && typeof v.id === 'string' && isRecord(v.actor) && isRecord(v.verb) && isRecord(v.object);

const statusOf = (error: unknown): number | null =>
  isRecord(error) && typeof error.status === 'number' ? error.status : null;

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const defaultTimers: Timers = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

interface BatchResult {
  sent: string[];
  failure?: { outcome: 'retry' | 'rejected'; status: number | null; reason: string };
}

export function createXapiQueue(options: XapiQueueOptions): XapiQueue {
  const key = options.key ?? XAPI_QUEUE_KEY;
  const policy = options.backoff ?? DEFAULT_BACKOFF;
  const batchSize = Math.max(1, options.batchSize ?? 25);
  const timers = options.timers ?? defaultTimers;
  const lock = options.lock ?? (<T>(task: () => Promise<T>) => task());
  const now = options.now ?? (() => new Date());
  let storage: KeyValueStorage = options.storage ?? memoryStorage();

  let current: QueueStatus = { state: 'idle', pending: 0 };
  let attempt = 0;
  let timer: unknown = null;
  let running: Promise<QueueStatus> | null = null;
  let keepalive = false;
  let disposed = false;

  const setStatus = (next: QueueStatus): QueueStatus => {
    current = next;
    options.onStatus?.(next);
    return next;
  };

  /** What storage holds now (another tab may have changed it). Unreadable data is set aside, not deleted. */
  const read = (): XapiStatement[] => {
    let raw: string | null;
    try {
      raw = storage.getItem(key);
    } catch {
      return [];
    }
    if (raw === null) return [];
    try {
      const parsed: unknown = JSON.parse(raw);
      if (isRecord(parsed) && parsed.version === QUEUE_VERSION && Array.isArray(parsed.statements))
        return parsed.statements.filter(looksLikeStatement);
    } catch {
      // fall through: unreadable
    }
    try {
      storage.setItem(`${key}:backup:${now().toISOString()}`, raw);
      storage.removeItem(key);
    } catch {
      // Storage refuses writes: the write below moves us to memory.
    }
    console.warn('Queued xAPI statements were unreadable and have been set aside.');
    return [];
  };

  const write = (statements: XapiStatement[]) => {
    const raw = JSON.stringify({ version: QUEUE_VERSION, statements });
    try {
      if (statements.length === 0) storage.removeItem(key);
      else storage.setItem(key, raw);
    } catch {
      // Full or blocked: keep going in memory rather than lose statements.
      console.warn('Browser storage is unavailable; xAPI statements are kept in memory for now.');
      storage = memoryStorage();
      storage.setItem(key, raw);
    }
  };

  const clearTimer = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  };

  const sendBatch = async (batch: XapiStatement[]): Promise<BatchResult> => {
    try {
      await options.send(batch, { keepalive });
      return { sent: batch.map((s) => s.id) };
    } catch (error) {
      const status = statusOf(error);
      const outcome = sendOutcome(status);
      if (outcome === 'sent' && batch.length === 1) return { sent: [batch[0]!.id] };
      if (outcome === 'sent') {
        // 409 for a batch: one of them is already stored, so the LRS stored none. Send them one by one.
        const sent: string[] = [];
        for (const one of batch) {
          const result = await sendBatch([one]);
          sent.push(...result.sent);
          if (result.failure) return { sent, failure: result.failure };
        }
        return { sent };
      }
      return { sent: [], failure: { outcome, status, reason: reasonOf(error) } };
    }
  };

  const loop = async (): Promise<QueueStatus> => {
    for (;;) {
      if (disposed) return current;
      const queued = read();
      const batch = queued.slice(0, batchSize);
      if (batch.length === 0) {
        attempt = 0;
        return setStatus({ state: 'idle', pending: 0 });
      }
      setStatus({ state: 'sending', pending: queued.length });
      const result = await sendBatch(batch);
      if (result.sent.length > 0) {
        const sent = new Set(result.sent);
        write(read().filter((s) => !sent.has(s.id)));
      }
      const { failure } = result;
      if (!failure) {
        attempt = 0;
        continue;
      }
      const pending = read().length;
      if (failure.outcome === 'rejected') {
        console.warn(`The LRS refused xAPI statements; they are kept for later. ${failure.reason}`);
        return setStatus({ state: 'stopped', pending, status: failure.status, reason: failure.reason });
      }
      attempt += 1;
      const retryInMs = backoffDelay(attempt, policy, options.random);
      if (!disposed) {
        clearTimer();
        timer = timers.setTimeout(() => {
          timer = null;
          void flush();
        }, retryInMs);
      }
      return setStatus({ state: 'waiting', pending, attempt, retryInMs, reason: failure.reason });
    }
  };

  const run = (): Promise<QueueStatus> => {
    clearTimer();
    running = lock(loop).finally(() => {
      running = null;
      keepalive = false;
    });
    return running;
  };

  function flush(flushOptions: { keepalive?: boolean } = {}): Promise<QueueStatus> {
    if (flushOptions.keepalive) keepalive = true;
    if (running) return running;
    if (disposed || current.state === 'stopped') return Promise.resolve(current);
    return run();
  }

  return {
    enqueue(statements, enqueueOptions = {}) {
      if (statements.length === 0) return;
      if (enqueueOptions.keepalive) keepalive = true;
      const queued = read();
      const known = new Set(queued.map((s) => s.id));
      const added = statements.filter((s) => !known.has(s.id) && known.add(s.id));
      if (added.length === 0) return;
      write([...queued, ...added]);
      if (current.state === 'idle') void flush();
      else current = { ...current, pending: queued.length + added.length };
    },
    flush,
    retryNow() {
      if (running) return running;
      if (disposed) return Promise.resolve(current);
      attempt = 0;
      return run();
    },
    pending: () => read(),
    status: () => current,
    dispose() {
      disposed = true;
      clearTimer();
    },
  };
}
