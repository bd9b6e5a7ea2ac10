import type { XapiStatement } from '../domain/lms/xapi-statements';
import { memoryStorage } from '../state/safe-storage';
import type { KeyValueStorage } from '../state/safe-storage';
import { xapiQueueKey } from './xapi-keys';
import { createXapiQueue, waitingElsewhere } from './xapi-queue';
import type { Sender, Timers, XapiQueueOptions } from './xapi-queue';

const statement = (n: number): XapiStatement => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  actor: { objectType: 'Agent', mbox: 'mailto:ada@example.org' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/progressed', display: { 'en-US': 'progressed' } },
  object: { objectType: 'Activity', id: `https://servewell.example/course/servewell/lessons/l${n}` },
  timestamp: `2026-03-01T09:00:${String(n).padStart(2, '0')}.000Z`,
});
const ID = { endpoint: 'https://lrs.example.org/xapi/', actor: 'mailto:ada@example.org' };
const XAPI_QUEUE_KEY = xapiQueueKey(ID);
/** A queue for Ada at lrs.example.org unless told otherwise. */
const createQueue = (
  options: Omit<XapiQueueOptions, 'identity'> & Partial<Pick<XapiQueueOptions, 'identity'>>,
) => createXapiQueue({ identity: ID, ...options });
const many = (count: number, from = 1) => Array.from({ length: count }, (_, i) => statement(from + i));
const idsOf = (list: XapiStatement[]) => list.map((s) => s.id);

class HttpError extends Error {
  constructor(readonly status: number | null) {
    super(status === null ? 'offline' : `HTTP ${status}`);
  }
}

/** A sender that records what reached the "LRS" and fails as scripted. */
function fakeLrs() {
  const stored: XapiStatement[] = [];
  const calls: string[][] = [];
  const failures: (number | null)[] = [];
  const send: Sender = async (batch) => {
    calls.push(idsOf(batch));
    if (failures.length > 0) throw new HttpError(failures.shift() ?? null);
    for (const s of batch) if (!stored.some((x) => x.id === s.id)) stored.push(s);
  };
  return { stored, calls, failures, send };
}

/** Timers we fire by hand. */
function manualTimers() {
  const pending = new Map<number, { run: () => void; ms: number }>();
  let next = 1;
  const timers: Timers = {
    setTimeout: (run, ms) => {
      pending.set(next, { run, ms });
      return next++;
    },
    clearTimeout: (handle) => void pending.delete(handle as number),
  };
  return {
    timers,
    delays: () => [...pending.values()].map((t) => t.ms),
    fire() {
      const all = [...pending.values()];
      pending.clear();
      for (const t of all) t.run();
    },
  };
}

const settle = async () => {
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
};
const noJitter = { initialMs: 1000, maxMs: 60_000, factor: 2, jitter: 0 };

describe('xAPI queue', () => {
  it('sends statements in order, in batches, and forgets them once stored', async () => {
    const storage = memoryStorage();
    const lrs = fakeLrs();
    const queue = createQueue({ storage, send: lrs.send, batchSize: 2 });
    queue.enqueue(many(5));
    expect(await queue.flush()).toEqual({ state: 'idle', pending: 0 });
    expect(lrs.calls).toEqual([idsOf(many(2)), idsOf(many(2, 3)), idsOf(many(1, 5))]);
    expect(idsOf(lrs.stored)).toEqual(idsOf(many(5)));
    expect(storage.getItem(XAPI_QUEUE_KEY)).toBeNull();
  });

  it('keeps statements while offline and retries with growing waits until they arrive, once each', async () => {
    const storage = memoryStorage();
    const lrs = fakeLrs();
    const clock = manualTimers();
    const statuses: string[] = [];
    const queue = createQueue({
      storage,
      send: lrs.send,
      timers: clock.timers,
      backoff: noJitter,
      onStatus: (s) => statuses.push(s.state),
    });
    lrs.failures.push(null, null, 503);
    queue.enqueue(many(3));
    await settle();
    expect(queue.status()).toMatchObject({ state: 'waiting', pending: 3, attempt: 1, retryInMs: 1000 });
    expect(JSON.parse(storage.getItem(XAPI_QUEUE_KEY) ?? '{}').statements).toHaveLength(3);

    clock.fire();
    await settle();
    expect(clock.delays()).toEqual([2000]);
    clock.fire();
    await settle();
    expect(clock.delays()).toEqual([4000]);
    queue.enqueue(many(1, 4));
    await settle();
    expect(lrs.calls).toHaveLength(3);
    clock.fire();
    await settle();

    expect(queue.status()).toEqual({ state: 'idle', pending: 0 });
    expect(idsOf(lrs.stored)).toEqual(idsOf(many(4)));
    expect(statuses).toContain('waiting');
  });

  it('flush skips the wait, as when the browser comes back online', async () => {
    const lrs = fakeLrs();
    const clock = manualTimers();
    const queue = createQueue({ storage: memoryStorage(), send: lrs.send, timers: clock.timers });
    lrs.failures.push(null);
    queue.enqueue(many(2));
    await settle();
    expect(queue.status().state).toBe('waiting');
    await queue.flush();
    expect(clock.delays()).toEqual([]);
    expect(idsOf(lrs.stored)).toEqual(idsOf(many(2)));
  });

  it('stops and reports when the LRS refuses the credentials, keeps the statements and sends them when asked again', async () => {
    const lrs = fakeLrs();
    const queue = createQueue({ storage: memoryStorage(), send: lrs.send });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    lrs.failures.push(401);
    queue.enqueue(many(2));
    await settle();
    expect(queue.status()).toMatchObject({ state: 'stopped', pending: 2, status: 401 });
    queue.enqueue(many(1, 3));
    await queue.flush();
    expect(lrs.calls).toHaveLength(1);
    expect(idsOf(queue.pending())).toEqual(idsOf(many(3)));
    await queue.retryNow();
    expect(idsOf(lrs.stored)).toEqual(idsOf(many(3)));
  });

  it('counts a 409 conflict as already stored, splitting a batch so no neighbour is lost', async () => {
    const storage = memoryStorage();
    const stored: string[] = [];
    const calls: string[][] = [];
    const already = statement(2).id;
    const send: Sender = async (batch) => {
      calls.push(idsOf(batch));
      if (batch.some((s) => s.id === already)) throw new HttpError(409);
      stored.push(...idsOf(batch));
    };
    const queue = createQueue({ storage, send });
    queue.enqueue(many(3));
    expect((await queue.flush()).state).toBe('idle');
    expect(calls).toEqual([idsOf(many(3)), [statement(1).id], [already], [statement(3).id]]);
    expect(stored).toEqual([statement(1).id, statement(3).id]);
    expect(queue.pending()).toEqual([]);
  });

  it('survives a reload: a new queue on the same storage sends what the last one could not', async () => {
    const storage = memoryStorage();
    const offline: Sender = () => Promise.reject(new HttpError(null));
    const before = createQueue({ storage, send: offline, timers: manualTimers().timers });
    before.enqueue(many(3));
    await settle();
    before.dispose();

    const lrs = fakeLrs();
    const after = createQueue({ storage, send: lrs.send });
    await after.flush();
    expect(idsOf(lrs.stored)).toEqual(idsOf(many(3)));
    expect(lrs.calls).toHaveLength(1);
  });

  it('ignores a statement queued twice', async () => {
    const lrs = fakeLrs();
    const queue = createQueue({
      storage: memoryStorage(),
      send: lrs.send,
      timers: manualTimers().timers,
    });
    lrs.failures.push(null);
    queue.enqueue(many(2));
    queue.enqueue([statement(2), statement(3)]);
    await settle();
    expect(idsOf(queue.pending())).toEqual(idsOf(many(3)));
    await queue.flush();
    expect(lrs.calls.flat().filter((id) => id === statement(2).id)).toHaveLength(2);
    expect(idsOf(lrs.stored)).toEqual(idsOf(many(3)));
  });

  it('sends statements queued while a request is in flight after it, in order', async () => {
    let release: () => void = () => {};
    const calls: string[][] = [];
    const send: Sender = (batch) => {
      calls.push(idsOf(batch));
      return calls.length === 1 ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
    };
    const queue = createQueue({ storage: memoryStorage(), send });
    queue.enqueue(many(1));
    await settle();
    queue.enqueue(many(2, 2));
    release();
    await queue.flush();
    await settle();
    expect(calls).toEqual([idsOf(many(1)), idsOf(many(2, 2))]);
  });

  it('two tabs sharing storage and a lock never send the same statement twice', async () => {
    const storage = memoryStorage();
    const lrs = fakeLrs();
    let chain = Promise.resolve() as Promise<unknown>;
    const lock = <T>(_name: string, task: () => Promise<T>): Promise<T> => {
      const result = chain.then(task);
      chain = result.catch(() => undefined);
      return result;
    };
    const a = createQueue({ storage, send: lrs.send, lock });
    const b = createQueue({ storage, send: lrs.send, lock });
    a.enqueue(many(2));
    b.enqueue(many(2, 3));
    await Promise.all([a.flush(), b.flush()]);
    await settle();
    expect(lrs.calls.flat().sort()).toEqual(idsOf(many(4)).sort());
    expect(lrs.stored).toHaveLength(4);
  });

  it('sets an unreadable saved queue aside and carries on', async () => {
    const storage = memoryStorage();
    storage.setItem(XAPI_QUEUE_KEY, '{broken');
    const lrs = fakeLrs();
    const queue = createQueue({
      storage,
      send: lrs.send,
      now: () => new Date('2026-03-01T00:00:00.000Z'),
    });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    queue.enqueue(many(1));
    await queue.flush();
    expect(storage.getItem(`${XAPI_QUEUE_KEY}:backup:2026-03-01T00:00:00.000Z`)).toBe('{broken');
    expect(idsOf(lrs.stored)).toEqual(idsOf(many(1)));
  });

  it('keeps working in memory when storage refuses writes', async () => {
    const full: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {},
    };
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const lrs = fakeLrs();
    const queue = createQueue({ storage: full, send: lrs.send, timers: manualTimers().timers });
    lrs.failures.push(null);
    queue.enqueue(many(2));
    await settle();
    expect(queue.pending()).toHaveLength(2);
    await queue.flush();
    expect(idsOf(lrs.stored)).toEqual(idsOf(many(2)));
  });

  it('asks for keepalive requests when flushing as the page closes', async () => {
    const seen: boolean[] = [];
    const queue = createQueue({
      storage: memoryStorage(),
      timers: manualTimers().timers,
      send: async (_batch, { keepalive }) => {
        seen.push(keepalive);
        if (seen.length === 1) throw new HttpError(null);
      },
    });
    queue.enqueue(many(1));
    await settle();
    expect(queue.status().state).toBe('waiting');
    await queue.flush({ keepalive: true });
    expect(seen).toEqual([false, true]);
    expect(queue.pending()).toEqual([]);
  });

  it('sets a refused statement aside with the LRS’s reason and keeps sending the rest in order', async () => {
    for (const status of [400, 403, 413]) {
      const storage = memoryStorage();
      const bad = statement(3).id;
      const calls: string[][] = [];
      const stored: string[] = [];
      const send: Sender = async (batch) => {
        calls.push(idsOf(batch));
        if (batch.some((s) => s.id === bad))
          throw Object.assign(new HttpError(status), { message: `nope ${status}` });
        stored.push(...idsOf(batch));
      };
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const queue = createQueue({ storage, send, now: () => new Date('2026-03-01T10:00:00.000Z') });
      queue.enqueue(many(5));
      expect(await queue.flush()).toEqual({ state: 'idle', pending: 0 });
      expect(stored).toEqual(idsOf([statement(1), statement(2), statement(4), statement(5)]));
      expect(queue.refused()).toEqual([
        { statement: statement(3), status, reason: `nope ${status}`, at: '2026-03-01T10:00:00.000Z' },
      ]);
      // Kept in the browser, and never offered to the LRS again: not by this queue, not after a reload.
      const sentBefore = calls.length;
      queue.enqueue(many(1, 6));
      await queue.flush();
      const again = createQueue({ storage, send });
      await again.flush();
      expect(calls.slice(sentBefore)).toEqual([[statement(6).id]]);
      expect(again.refused().map((r) => r.statement.id)).toEqual([bad]);
      queue.dispose();
    }
  });

  it('keeps one queue per learner and LRS: another launch never sends them', async () => {
    const storage = memoryStorage();
    const toA = fakeLrs();
    const toB = fakeLrs();
    const bob = { endpoint: 'https://other-lrs.example.com/xapi/', actor: 'mailto:bob@example.com' };
    const bobStatement = (n: number) => ({
      ...statement(100 + n),
      actor: { objectType: 'Agent' as const, mbox: 'mailto:bob@example.com' },
    });
    const ada = createQueue({ storage, send: toA.send, timers: manualTimers().timers });
    toA.failures.push(null);
    ada.enqueue(many(3));
    await settle();
    expect(ada.status().state).toBe('waiting');

    const b = createQueue({ storage, identity: bob, send: toB.send });
    b.enqueue([bobStatement(1), bobStatement(2)]);
    await b.flush();
    expect(b.key).not.toBe(ada.key);
    expect(toB.calls.flat()).toEqual([bobStatement(1).id, bobStatement(2).id]);
    expect(idsOf(ada.pending())).toEqual(idsOf(many(3)));
    expect(waitingElsewhere(storage, b.key)).toEqual({ queued: 0, legacy: 0 });
    ada.dispose();
  });

  it('never sends a statement of another learner, even one found in its own queue', async () => {
    const storage = memoryStorage();
    const lrs = fakeLrs();
    const stranger = {
      ...statement(2),
      actor: { objectType: 'Agent' as const, mbox: 'mailto:eve@example.org' },
    };
    storage.setItem(
      XAPI_QUEUE_KEY,
      JSON.stringify({ version: 2, ...ID, statements: [statement(1), stranger, statement(3)], refused: [] }),
    );
    const queue = createQueue({ storage, send: lrs.send });
    await queue.flush();
    expect(idsOf(lrs.stored)).toEqual([statement(1).id, statement(3).id]);
    expect(queue.refused().map((r) => r.statement.id)).toEqual([stranger.id]);
  });

  it('sets aside a stored queue that names another learner or LRS than its key', async () => {
    const storage = memoryStorage();
    const lrs = fakeLrs();
    const moved = JSON.stringify({
      version: 2,
      endpoint: 'https://evil.example/xapi/',
      actor: ID.actor,
      statements: [statement(1)],
      refused: [],
    });
    storage.setItem(XAPI_QUEUE_KEY, moved);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const queue = createQueue({ storage, send: lrs.send, now: () => new Date('2026-03-01T00:00:00.000Z') });
    await queue.flush();
    expect(lrs.calls).toEqual([]);
    expect(storage.getItem(`${XAPI_QUEUE_KEY}:backup:2026-03-01T00:00:00.000Z`)).toBe(moved);
  });
});

describe('statements waiting for other launches', () => {
  it('counts other learners’ queues and the old shared queue, never its own', () => {
    const map = new Map<string, string>();
    const storage = {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
      key: (i: number) => [...map.keys()][i] ?? null,
      get length() {
        return map.size;
      },
    };
    const own = xapiQueueKey(ID);
    const other = xapiQueueKey({ endpoint: ID.endpoint, actor: 'mailto:bob@example.com' });
    storage.setItem(own, JSON.stringify({ version: 2, ...ID, statements: many(4), refused: [] }));
    storage.setItem(other, JSON.stringify({ version: 2, statements: many(2), refused: [] }));
    storage.setItem(`${other}:backup:2026-01-01`, JSON.stringify({ version: 2, statements: many(9) }));
    storage.setItem('servewell-xapi-queue', JSON.stringify({ version: 1, statements: many(3) }));
    storage.setItem('servewell-progress', '{}');
    expect(waitingElsewhere(storage, own)).toEqual({ queued: 2, legacy: 3 });
    expect(waitingElsewhere(null, own)).toEqual({ queued: 0, legacy: 0 });
  });
});
