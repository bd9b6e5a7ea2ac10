import type { XapiStatement } from '../domain/lms/xapi-statements';
import { COURSE_IRI, EXTENSIONS } from '../domain/lms/xapi-statements';
import { emptyProgress } from '../domain/course/progress';
import { memoryStorage } from '../state/safe-storage';
import type { KeyValueStorage } from '../state/safe-storage';
import { XAPI_QUEUE_KEY } from './xapi-queue';
import type { Sender, Timers } from './xapi-queue';
import type { XapiLaunch } from './select-tracker';
import { createXapiTracker } from './xapi-tracker';

const REG = '5b0f4a3c-2d1e-4f6a-8b9c-0d1e2f3a4b5c';
const launch: XapiLaunch = {
  endpoint: 'https://lrs.example.org/xapi/',
  auth: 'Basic YTpi',
  actor: '{"name":"Ada","mbox":"mailto:ada@example.org"}',
  registration: REG,
};
const course = { lessons: [{ slug: 'greeting', title: 'Greeting customers' }], passMark: 0.8 };
const verbOf = (s: XapiStatement) => s.verb.id.split('/').pop();
/** Distinct "random" bytes for every statement in the file. */
let counter = 0;

function setup(overrides: { storage?: KeyValueStorage; launch?: Partial<XapiLaunch> } = {}) {
  const sent: XapiStatement[] = [];
  const keepalives: boolean[] = [];
  let offline = false;
  const send: Sender = async (batch, { keepalive }) => {
    keepalives.push(keepalive);
    if (offline) throw Object.assign(new Error('offline'), { status: null });
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
    },
  );
  return {
    tracker,
    sent,
    keepalives,
    events,
    storage,
    goOffline: (value: boolean) => (offline = value),
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

  it('refuses a launch whose learner cannot be identified', () => {
    expect(() => setup({ launch: { actor: '{"name":"Nobody"}' } })).toThrow(/cannot be used/);
  });

  it('leaves out a registration that is not a UUID rather than have the LRS refuse everything', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { tracker, sent } = setup({ launch: { registration: 'not-a-uuid' } });
    await tracker.start(course);
    await settle();
    expect(sent[0]?.context?.registration).toBeUndefined();
  });
});
