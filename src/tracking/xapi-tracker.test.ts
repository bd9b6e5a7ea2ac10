import type { XapiStatement } from '../domain/lms/xapi-statements';
import { COURSE_IRI, EXTENSIONS } from '../domain/lms/xapi-statements';
import { emptyProgress } from '../domain/course/progress';
import { memoryStorage } from '../state/safe-storage';
import type { KeyValueStorage } from '../state/safe-storage';
import type { XapiLaunch } from '../domain/lms/xapi-launch';
import type { DeliveryLine } from '../domain/lms/xapi-delivery';
import { xapiQueueKey } from './xapi-keys';
import type { Sender, Timers } from './xapi-queue';
import { createXapiTracker } from './xapi-tracker';

const REG = '5b0f4a3c-2d1e-4f6a-8b9c-0d1e2f3a4b5c';
const launch: XapiLaunch = {
  endpoint: 'https://lrs.example.org/xapi/',
  auth: 'Basic YTpi',
  actor: { objectType: 'Agent', name: 'Ada', mbox: 'mailto:ada@example.org' },
  registration: REG,
};
const XAPI_QUEUE_KEY = xapiQueueKey({ endpoint: launch.endpoint, actor: 'mailto:ada@example.org' });
const course = { lessons: [{ slug: 'greeting', title: 'Greeting customers' }], passMark: 0.8 };
const verbOf = (s: XapiStatement) => s.verb.id.split('/').pop();
/** Distinct "random" bytes for every statement in the file. */
let counter = 0;

function setup(overrides: { storage?: KeyValueStorage; launch?: Partial<XapiLaunch> } = {}) {
  const sent: XapiStatement[] = [];
  const keepalives: boolean[] = [];
  const notices: DeliveryLine[][] = [];
  let offline = false;
  let failWith: number | null = null;
  const send: Sender = async (batch, { keepalive }) => {
    keepalives.push(keepalive);
    if (offline) throw Object.assign(new Error('offline'), { status: null });
    if (failWith !== null) throw Object.assign(new Error(`HTTP ${failWith}`), { status: failWith });
    sent.push(...batch);
  };
  const events = new EventTarget();
  const timers: Timers = { setTimeout: () => 0, clearTimeout: () => {} };
  let clock = Date.parse('2026-03-01T09:00:00.000Z');
  const storage = overrides.storage ?? memoryStorage();
  const tracker = createXapiTracker(
    { ...launch, ...overrides.launch },
    {
      storage,
      send,
      events,
      timers,
      now: () => new Date(clock),
      randomBytes: () => new Uint8Array(16).map((_, i) => (i === 15 ? (counter += 1) : i)),
      onNotice: (lines) => notices.push(lines),
    },
  );
  return {
    tracker,
    sent,
    keepalives,
    events,
    storage,
    notices,
    lastNotice: () => (notices.at(-1) ?? []).map((l) => l.id),
    goOffline: (value: boolean) => (offline = value),
    failWith: (status: number | null) => (failWith = status),
    advance: (ms: number) => (clock += ms),
  };
}

const settle = async () => {
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
};

describe('xAPI tracker', () => {
  it('sends initialized, then each learning event in order, as the launch actor in its registration', async () => {
    const { tracker, sent } = setup();
    expect(tracker.kind).toBe('xapi');
    expect(tracker.storage).toBeNull();
    await tracker.start(course);
    tracker.record({ type: 'lesson-started', lesson: 'greeting', at: '2026-03-01T09:00:01.000Z' });
    tracker.record({
      type: 'question-answered',
      lesson: 'greeting',
      activity: 'greet-check',
      question: 'q1',
      response: 'Smile',
      correct: true,
      credit: 1,
      at: '2026-03-01T09:00:02.000Z',
    });
    tracker.record({ type: 'lesson-completed', lesson: 'greeting', at: '2026-03-01T09:00:03.000Z' });
    await settle();
    expect(sent.map(verbOf)).toEqual(['initialized', 'attempted', 'answered', 'completed']);
    for (const s of sent) {
      expect(s.actor).toEqual({ objectType: 'Agent', name: 'Ada', mbox: 'mailto:ada@example.org' });
      expect(s.context?.registration).toBe(REG);
    }
    expect(sent[1]?.object.definition?.name).toEqual({ 'en-US': 'Greeting customers' });
    expect(new Set(sent.map((s) => s.id)).size).toBe(4);
    expect(sent[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('terminates once, with the session length, asking for a request that outlives the page', async () => {
    const { tracker, sent, keepalives, advance } = setup();
    await tracker.start(course);
    await settle();
    advance(90_000);
    tracker.finish();
    tracker.finish();
    await settle();
    expect(sent.map(verbOf)).toEqual(['initialized', 'terminated']);
    expect(sent[1]?.result?.duration).toBe('PT1M30S');
    expect(sent[1]?.object.id).toBe(COURSE_IRI);
    expect(keepalives.at(-1)).toBe(true);
  });

  it('keeps statements while offline and sends them when the browser is back online', async () => {
    const { tracker, sent, events, goOffline } = setup();
    goOffline(true);
    await tracker.start(course);
    tracker.record({ type: 'lesson-started', lesson: 'greeting', at: '2026-03-01T09:00:01.000Z' });
    await settle();
    expect(sent).toEqual([]);
    expect(tracker.queue.pending().map(verbOf)).toEqual(['initialized', 'attempted']);
    goOffline(false);
    events.dispatchEvent(new Event('online'));
    await settle();
    expect(sent.map(verbOf)).toEqual(['initialized', 'attempted']);
  });

  it('sends what an earlier session left queued before anything new', async () => {
    const storage = memoryStorage();
    const first = setup({ storage });
    first.goOffline(true);
    await first.tracker.start(course);
    first.tracker.record({ type: 'lesson-completed', lesson: 'greeting', at: '2026-03-01T09:00:05.000Z' });
    await settle();
    expect(JSON.parse(storage.getItem(XAPI_QUEUE_KEY) ?? '{}').statements).toHaveLength(2);

    const second = setup({ storage });
    await second.tracker.start(course);
    await settle();
    expect(second.sent.map(verbOf)).toEqual(['initialized', 'completed', 'initialized']);
    expect(storage.getItem(XAPI_QUEUE_KEY)).toBeNull();
  });

  it('carries the assignment the learner accepted', async () => {
    const { tracker, sent } = setup();
    const progress = emptyProgress();
    progress.assignments['asg-1'] = {
      id: 'asg-1',
      acceptedAt: '2026-02-01T00:00:00.000Z',
      assignment: {
        v: 1,
        id: 'asg-abcdef',
        group: 'Spring cohort',
        modules: ['greeting'],
        assessment: true,
        due: '2026-04-01',
        passMark: 80,
        createdAt: '2026-01-30T00:00:00.000Z',
      },
    };
    await tracker.start(course);
    tracker.progressChanged(progress);
    tracker.record({ type: 'lesson-completed', lesson: 'greeting', at: '2026-03-01T09:00:05.000Z' });
    await settle();
    expect(sent[1]?.context?.extensions?.[EXTENSIONS.group]).toBe('Spring cohort');
    expect(sent[1]?.context?.extensions?.[EXTENSIONS.assignment]).toMatchObject({
      id: 'asg-abcdef',
      due: '2026-04-01',
    });
  });

  it('tells the learner calmly while statements wait, and stops saying it once they are sent', async () => {
    const { tracker, sent, events, goOffline, lastNotice, notices } = setup();
    goOffline(true);
    await tracker.start(course);
    await settle();
    expect(lastNotice()).toEqual(['waiting']);
    expect(notices.at(-1)?.[0]?.text).toBe(
      'Your progress is saved here and will be sent when the connection returns.',
    );
    goOffline(false);
    events.dispatchEvent(new Event('online'));
    await settle();
    expect(sent.map(verbOf)).toEqual(['initialized']);
    expect(lastNotice()).toEqual([]);
  });

  it('says the tracking address was rejected when the LRS refuses the credentials', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { tracker, failWith, lastNotice, notices } = setup();
    failWith(401);
    await tracker.start(course);
    await settle();
    expect(tracker.queue.status()).toMatchObject({ state: 'stopped', status: 401 });
    expect(lastNotice()).toEqual(['rejected']);
    expect(notices.at(-1)?.[0]?.text).toMatch(/^Your organisation’s tracking address was rejected\./);
  });

  it('sets a refused statement aside, says some records could not be sent, and keeps sending', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { tracker, sent, lastNotice } = setup();
    const refuse: Sender = async (batch) => {
      if (batch.some((s) => verbOf(s) === 'progressed'))
        throw Object.assign(new Error('HTTP 400: bad extension'), { status: 400 });
      sent.push(...batch);
    };
    const strict = createXapiTracker(launch, {
      storage: memoryStorage(),
      send: refuse,
      events: null,
      timers: { setTimeout: () => 0, clearTimeout: () => {} },
      onNotice: (lines) => notices.push(lines.map((l) => l.id)),
    });
    const notices: string[][] = [];
    tracker.queue.dispose();
    await strict.start(course);
    strict.record({ type: 'lesson-started', lesson: 'greeting', at: '2026-03-01T09:00:01.000Z' });
    strict.record({
      type: 'lesson-progressed',
      lesson: 'greeting',
      section: 's',
      at: '2026-03-01T09:00:02.000Z',
    });
    strict.record({ type: 'lesson-completed', lesson: 'greeting', at: '2026-03-01T09:00:03.000Z' });
    await settle();
    await strict.queue.flush();
    expect(sent.map(verbOf)).toEqual(['initialized', 'attempted', 'completed']);
    expect(strict.queue.refused()).toMatchObject([{ status: 400, reason: 'HTTP 400: bad extension' }]);
    expect(notices.at(-1)).toEqual(['set-aside']);
    expect(lastNotice()).toEqual([]);
  });

  it('sends learner B’s statements only to B’s LRS while A’s wait for A’s own launch, and says how many', async () => {
    const storage = listableStorage();
    const a = setup({ storage });
    a.goOffline(true);
    await a.tracker.start(course);
    a.tracker.record({ type: 'lesson-started', lesson: 'greeting', at: '2026-03-01T09:00:01.000Z' });
    await settle();
    a.tracker.queue.dispose();

    const b = setup({
      storage,
      launch: {
        endpoint: 'https://lrs.other-org.example/xapi/',
        auth: 'Basic Ym9iOmI=',
        actor: { objectType: 'Agent', name: 'Bob', mbox: 'mailto:bob@example.com' },
      },
    });
    await b.tracker.start(course);
    b.tracker.record({ type: 'lesson-started', lesson: 'greeting', at: '2026-03-01T10:00:01.000Z' });
    await settle();
    expect(b.sent.map(verbOf)).toEqual(['initialized', 'attempted']);
    for (const s of b.sent) expect(s.actor.mbox).toBe('mailto:bob@example.com');
    expect(b.lastNotice()).toEqual(['elsewhere']);
    expect(b.notices.at(-1)?.[0]?.text).toBe(
      '2 records from another course link on this browser are kept for that link and will be sent only when it is opened again.',
    );

    // A launches again, with a fresh token: A's statements go to A's LRS, A's first.
    const again = setup({ storage, launch: { auth: 'Basic bmV3OnRva2Vu' } });
    await again.tracker.start(course);
    await settle();
    expect(again.sent.map(verbOf)).toEqual(['initialized', 'attempted', 'initialized']);
    for (const s of again.sent) expect(s.actor.mbox).toBe('mailto:ada@example.org');
  });

  it('reports the course completed once, when the last lesson is completed in this session', async () => {
    const { tracker, sent } = setup();
    await tracker.start(course);
    const progress = emptyProgress();
    tracker.progressChanged(progress);
    progress.lessons.greeting = {
      startedAt: '2026-03-01T09:00:00.000Z',
      completedAt: '2026-03-01T09:10:00.000Z',
      timeSpentMs: 1,
      reachedEnd: true,
      updatedAt: '2026-03-01T09:10:00.000Z',
    };
    tracker.progressChanged(progress);
    tracker.progressChanged(progress);
    await settle();
    const courseCompleted = sent.filter((s) => verbOf(s) === 'completed' && s.object.id === COURSE_IRI);
    expect(courseCompleted).toHaveLength(1);
    expect(courseCompleted[0]?.result).toEqual({ completion: true });

    // A reload of a course already complete does not report it again.
    const reloaded = setup();
    await reloaded.tracker.start(course);
    reloaded.tracker.progressChanged(progress);
    reloaded.tracker.progressChanged(progress);
    await settle();
    expect(reloaded.sent.filter((s) => s.object.id === COURSE_IRI).map(verbOf)).toEqual(['initialized']);
  });

  it('reports the course passed or failed with each submitted assessment', async () => {
    const { tracker, sent } = setup();
    await tracker.start(course);
    for (const [attempt, score, passed] of [
      ['a1', 0.5, false],
      ['a2', 0.9, true],
    ] as const) {
      tracker.record({
        type: 'assessment-submitted',
        attempt,
        score,
        passed,
        passMark: 0.8,
        at: '2026-03-01T09:00:00.000Z',
      });
    }
    await settle();
    const onCourse = sent
      .filter((s) => s.object.id === COURSE_IRI)
      .map((s) => [verbOf(s), s.result?.success]);
    expect(onCourse).toEqual([
      ['initialized', undefined],
      ['failed', false],
      ['passed', true],
    ]);
    expect(sent.filter((s) => s.object.id === `${COURSE_IRI}/assessment`).map(verbOf)).toEqual([
      'failed',
      'passed',
    ]);
  });
});

/** An in-memory storage that can list its keys, as localStorage can. */
function listableStorage(): KeyValueStorage {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    key: (i: number) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
  } as KeyValueStorage;
}
