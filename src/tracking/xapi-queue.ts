import { PERSISTED } from '../state/persisted-keys';
import { backoffDelay, DEFAULT_BACKOFF, sendOutcome } from '../domain/lms/retry-backoff';
import type { BackoffPolicy } from '../domain/lms/retry-backoff';
import { agentKey } from '../domain/lms/xapi-agent';
import type { XapiStatement } from '../domain/lms/xapi-statements';
import { memoryStorage } from '../state/safe-storage';
import type { KeyValueStorage } from '../state/safe-storage';
import { isRecord } from '../domain/lib/guards';
import { isXapiQueueKey, LEGACY_XAPI_QUEUE_KEY, XAPI_QUEUE_BACKUP_INFIX, xapiQueueKey } from './xapi-keys';

/**
 * xAPI statements waiting for one learner's LRS, kept in the browser's storage so nothing is lost when the
 * learner is offline, the LRS is down, or the tab closes. There is one queue per learner and LRS endpoint
 * (see xapiQueueKey): a queue is only ever sent by a launch of that same learner to that same LRS, with that
 * launch's credentials, so nothing reaches another learner's LRS. Statements leave the queue strictly in the
 * order they joined it, and only once the LRS has them. Each keeps the id it was given when queued, so a
 * statement sent again after a doubtful failure is recognised by the LRS and stored once. A statement the LRS
 * refuses (400, 403, 413) is set aside with the LRS's reason, and the rest keep flowing.
 */

const QUEUE_VERSION = PERSISTED.xapiQueue.version;

/** Sends statements in the order given; throws when they were not stored (with `status` if the LRS answered). */
export type Sender = (statements: XapiStatement[], options: { keepalive: boolean }) => Promise<void>;

export type QueueStatus =
  | { state: 'idle'; pending: number }
  | { state: 'sending'; pending: number }
  /** Waiting to try again (offline, or the LRS failing). */
  | { state: 'waiting'; pending: number; attempt: number; retryInMs: number; reason: string }
  /** The LRS refused the connection (bad credentials, wrong address): kept, and tried again only when asked or on the next launch. */
  | { state: 'stopped'; pending: number; status: number | null; reason: string };

/** A statement the LRS refused, kept with the LRS's answer so an administrator can see why. */
interface RefusedStatement {
  statement: XapiStatement;
  status: number | null;
  reason: string;
  at: string;
}

export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

interface QueueIdentity {
  /** The LRS endpoint, as normalised by the launch (trailing slash). */
  endpoint: string;
  /** The learner, as agentKey gives it. */
  actor: string;
}

export interface XapiQueueOptions {
  /** Where the queue is kept; null falls back to memory (the queue then lasts as long as the tab). */
  storage: KeyValueStorage | null;
  /** Whose queue this is. Statements of any other learner are never sent from it. */
  identity: QueueIdentity;
  send: Sender;
  backoff?: BackoffPolicy;
  /** Statements per request. */
  batchSize?: number;
  random?: () => number;
  timers?: Timers;
  /**
   * Runs a send while holding a lock every tab shares (navigator.locks in the browser), so two tabs of the
   * course never post the same statements at once. Given the queue's key, so queues do not wait for each other.
   */
  lock?: <T>(name: string, task: () => Promise<T>) => Promise<T>;
  onStatus?: (status: QueueStatus) => void;
  now?: () => Date;
}

export interface XapiQueue {
  /** The storage key this queue lives under. */
  readonly key: string;
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
  /** Like flush, but also after the LRS refused the connection (e.g. once credentials are fixed). */
  retryNow(): Promise<QueueStatus>;
  pending(): XapiStatement[];
  /** Statements the LRS refused, set aside with its reason; kept, never sent again by the queue. */
  refused(): RefusedStatement[];
  status(): QueueStatus;
  /** Stops timers; queued statements stay stored for the next session. */
  dispose(): void;
}

interface QueueRecord {
  version: typeof QUEUE_VERSION;
  endpoint: string;
  actor: string;
  statements: XapiStatement[];
  refused: RefusedStatement[];
}

const looksLikeStatement = (v: unknown): v is XapiStatement =>
  isRecord(v) && typeof v.id === 'string' && isRecord(v.actor) && isRecord(v.verb) && isRecord(v.object);

const looksLikeRefused = (v: unknown): v is RefusedStatement =>
  isRecord(v) && looksLikeStatement(v.statement) && typeof v.reason === 'string';

const statusOf = (error: unknown): number | null =>
  isRecord(error) && typeof error.status === 'number' ? error.status : null;

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const defaultTimers: Timers = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/** Parses a stored queue; null when it is not one (unreadable, another version, another owner). */
function parseRecord(raw: string, identity: QueueIdentity): QueueRecord | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(parsed) || parsed.version !== QUEUE_VERSION || !Array.isArray(parsed.statements)) return null;
  if (parsed.endpoint !== identity.endpoint || parsed.actor !== identity.actor) return null;
  return {
    version: QUEUE_VERSION,
    endpoint: identity.endpoint,
    actor: identity.actor,
    statements: parsed.statements.filter(looksLikeStatement),
    refused: Array.isArray(parsed.refused) ? parsed.refused.filter(looksLikeRefused) : [],
  };
}

interface BatchResult {
  sent: string[];
  /** Statements refused one by one (400, 403, 413), with the LRS's reason. */
  refused: { id: string; status: number | null; reason: string }[];
  failure?: { outcome: 'retry' | 'rejected'; status: number | null; reason: string };
}

export function createXapiQueue(options: XapiQueueOptions): XapiQueue {
  const { identity } = options;
  const key = xapiQueueKey(identity);
  const policy = options.backoff ?? DEFAULT_BACKOFF;
  const batchSize = Math.max(1, options.batchSize ?? 25);
  const timers = options.timers ?? defaultTimers;
  const lock = options.lock ?? (<T>(_name: string, task: () => Promise<T>) => task());
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

  const empty = (): QueueRecord => ({
    version: QUEUE_VERSION,
    endpoint: identity.endpoint,
    actor: identity.actor,
    statements: [],
    refused: [],
  });

  /** What storage holds now (another tab may have changed it). Unreadable data is set aside, not deleted. */
  const read = (): QueueRecord => {
    let raw: string | null;
    try {
      raw = storage.getItem(key);
    } catch {
      return empty();
    }
    if (raw === null) return empty();
    const record = parseRecord(raw, identity);
    if (record) return record;
    try {
      storage.setItem(`${key}${XAPI_QUEUE_BACKUP_INFIX}${now().toISOString()}`, raw);
      storage.removeItem(key);
    } catch {
      // Storage refuses writes: the write below moves us to memory.
    }
    console.warn('Queued xAPI statements were unreadable and have been set aside.');
    return empty();
  };

  const write = (record: QueueRecord) => {
    const raw = JSON.stringify(record);
    try {
      if (record.statements.length === 0 && record.refused.length === 0) storage.removeItem(key);
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
      return { sent: batch.map((s) => s.id), refused: [] };
    } catch (error) {
      const status = statusOf(error);
      const outcome = sendOutcome(status);
      const reason = reasonOf(error);
      if (batch.length === 1) {
        const id = batch[0]!.id;
        if (outcome === 'sent') return { sent: [id], refused: [] };
        if (outcome === 'refused') return { sent: [], refused: [{ id, status, reason }] };
        return { sent: [], refused: [], failure: { outcome, status, reason } };
      }
      if (outcome === 'sent' || outcome === 'refused') {
        // 409 for a batch: one of them is already stored. 400/403/413: one of them (or the size) is refused.
        // Either way the LRS stored none: send them one by one to learn which.
        const result: BatchResult = { sent: [], refused: [] };
        for (const one of batch) {
          const single = await sendBatch([one]);
          result.sent.push(...single.sent);
          result.refused.push(...single.refused);
          if (single.failure) return { ...result, failure: single.failure };
        }
        return result;
      }
      return { sent: [], refused: [], failure: { outcome, status, reason } };
    }
  };

  /** Statements of another learner never leave through this queue: they are set aside instead. */
  const strangers = (record: QueueRecord): RefusedStatement[] =>
    record.statements
      .filter((s) => agentKey(s.actor) !== identity.actor)
      .map((statement) => ({
        statement,
        status: null,
        reason: 'Not sent: this statement belongs to another learner than the launch’s.',
        at: now().toISOString(),
      }));

  const loop = async (): Promise<QueueStatus> => {
    for (;;) {
      if (disposed) return current;
      let record = read();
      const foreign = strangers(record);
      if (foreign.length > 0) {
        const ids = new Set(foreign.map((f) => f.statement.id));
        record = {
          ...record,
          statements: record.statements.filter((s) => !ids.has(s.id)),
          refused: [...record.refused, ...foreign],
        };
        write(record);
      }
      const batch = record.statements.slice(0, batchSize);
      if (batch.length === 0) {
        attempt = 0;
        return setStatus({ state: 'idle', pending: 0 });
      }
      setStatus({ state: 'sending', pending: record.statements.length });
      const result = await sendBatch(batch);
      if (result.sent.length > 0 || result.refused.length > 0) {
        const done = new Set([...result.sent, ...result.refused.map((r) => r.id)]);
        const latest = read();
        const at = now().toISOString();
        const refused = result.refused.flatMap((r) => {
          const statement = latest.statements.find((s) => s.id === r.id);
          return statement ? [{ statement, status: r.status, reason: r.reason, at }] : [];
        });
        for (const r of refused)
          console.warn(`The LRS refused an xAPI statement (${r.statement.id}); it is set aside. ${r.reason}`);
        write({
          ...latest,
          statements: latest.statements.filter((s) => !done.has(s.id)),
          refused: [...latest.refused, ...refused],
        });
      }
      const { failure } = result;
      if (!failure) {
        attempt = 0;
        continue;
      }
      const pending = read().statements.length;
      if (failure.outcome === 'rejected') {
        console.warn(`The LRS refused the connection; xAPI statements are kept for later. ${failure.reason}`);
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
    running = lock(key, loop).finally(() => {
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
    key,
    enqueue(statements, enqueueOptions = {}) {
      if (statements.length === 0) return;
      if (enqueueOptions.keepalive) keepalive = true;
      const record = read();
      const known = new Set(
        [...record.statements, ...record.refused.map((r) => r.statement)].map((s) => s.id),
      );
      const added = statements.filter((s) => !known.has(s.id) && known.add(s.id));
      if (added.length === 0) return;
      write({ ...record, statements: [...record.statements, ...added] });
      const pending = record.statements.length + added.length;
      if (current.state === 'idle') void flush();
      else setStatus({ ...current, pending });
    },
    flush,
    retryNow() {
      if (running) return running;
      if (disposed) return Promise.resolve(current);
      attempt = 0;
      return run();
    },
    pending: () => read().statements,
    refused: () => read().refused,
    status: () => current,
    dispose() {
      disposed = true;
      clearTimer();
    },
  };
}

/** How many statements wait in this browser for launches other than `own` (other learners or LRSs). */
export interface WaitingElsewhere {
  /** Statements in other learners' or LRSs' queues, waiting for their own launch. */
  queued: number;
  /** Statements left by an older version of the course in its single shared queue; never sent. */
  legacy: number;
}

/** Every key a storage holds, when it can list them (localStorage can; a bare KeyValueStorage may not). */
function keysOf(storage: KeyValueStorage): string[] {
  const list = storage as Partial<Pick<Storage, 'key' | 'length'>>;
  if (typeof list.key !== 'function' || typeof list.length !== 'number') return [];
  const keys: string[] = [];
  for (let i = 0; i < list.length; i += 1) {
    const k = list.key(i);
    if (k !== null) keys.push(k);
  }
  return keys;
}

const countStatements = (raw: string | null): number => {
  if (raw === null) return 0;
  try {
    const parsed: unknown = JSON.parse(raw);
    return isRecord(parsed) && Array.isArray(parsed.statements) ? parsed.statements.length : 0;
  } catch {
    return 0;
  }
};

/**
 * Counts what other queues in this browser hold. They are never sent from here: each waits for its own
 * learner's launch to the same LRS.
 */
export function waitingElsewhere(storage: KeyValueStorage | null, ownKey: string): WaitingElsewhere {
  if (!storage) return { queued: 0, legacy: 0 };
  try {
    const queued = keysOf(storage)
      .filter((k) => k !== ownKey && isXapiQueueKey(k))
      .reduce((sum, k) => sum + countStatements(storage.getItem(k)), 0);
    return { queued, legacy: countStatements(storage.getItem(LEGACY_XAPI_QUEUE_KEY)) };
  } catch {
    return { queued: 0, legacy: 0 };
  }
}
