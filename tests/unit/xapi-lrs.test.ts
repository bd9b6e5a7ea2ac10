// @vitest-environment node
/**
 * The xAPI tracker against a real Learning Record Store: Learning Locker's statement service
 * (`xapi-statements`) in memory mode, started here on 127.0.0.1 and stopped afterwards.
 */
import { LRS_INSTALLED, lrsPeer } from '../e2e/lrs-peer';
import type { LrsPeer } from '../e2e/lrs-peer';
import { COURSE_IRI } from '../../src/domain/lms/xapi-statements';
import type { XapiStatement } from '../../src/domain/lms/xapi-statements';
import { memoryStorage } from '../../src/state/safe-storage';
import { createLrsClient } from '../../src/tracking/lrs-client';
import { createXapiTracker } from '../../src/tracking/xapi-tracker';
import type { XapiTracker } from '../../src/tracking/xapi-tracker';

// The shared test setup clears localStorage after each test; Node has none, so give it one in memory.
if (!('localStorage' in globalThis)) Object.assign(globalThis, { localStorage: memoryLocalStorage() });

function memoryLocalStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
    clear: () => map.clear(),
  };
}

/** The LRS is an opt-in test package (`npm ci --prefix tests/lrs-peer`); `.ci/run` always installs it. */
if (!LRS_INSTALLED) {
  console.warn(
    'xAPI against a real LRS: skipped, the test LRS is not installed. Run `npm ci --prefix tests/lrs-peer` to include it.',
  );
}
/** In test mode the service accepts any credentials except this token. */
const AUTH = 'Basic c2VydmV3ZWxsOnRlc3Q=';
const ACTOR = { objectType: 'Agent' as const, name: 'Ada Learner', mbox: 'mailto:ada@example.org' };
const COURSE = {
  lessons: [
    { slug: 'greeting', title: 'Greeting customers' },
    { slug: 'listening', title: 'Listening well' },
  ],
  passMark: 0.8,
};
const FAST_RETRY = { initialMs: 150, maxMs: 800, factor: 2, jitter: 0 };

let lrs: LrsPeer | null = null;
const trackers: XapiTracker[] = [];

const endpoint = () => lrs?.endpoint ?? '';
const verbOf = (s: unknown) => ((s as XapiStatement).verb.id.split('/').pop() ?? '') as string;

const startLrs = () => lrs?.start() ?? Promise.resolve();
const stopLrs = () => lrs?.stop() ?? Promise.resolve();

async function until(check: () => boolean, what: string, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const drained = (tracker: XapiTracker) =>
  tracker.queue.pending().length === 0 && tracker.queue.status().state === 'idle';

function readBack(registration: string) {
  return createLrsClient({ endpoint: endpoint(), auth: AUTH }).getStatements({
    activity: COURSE_IRI,
    relatedActivities: true,
    registration,
    ascending: true,
    limit: 10,
  });
}

function tracker(registration: string, extra: Parameters<typeof createXapiTracker>[1] = {}) {
  const made = createXapiTracker(
    { endpoint: endpoint(), auth: AUTH, actor: ACTOR, registration },
    { storage: memoryStorage(), events: null, backoff: FAST_RETRY, onNotice: () => {}, ...extra },
  );
  trackers.push(made);
  return made;
}

beforeAll(async () => {
  if (!LRS_INSTALLED) return;
  lrs = await lrsPeer();
  await startLrs();
}, 30_000);

afterAll(async () => {
  for (const t of trackers) t.queue.dispose();
  await stopLrs();
}, 15_000);

describe.skipIf(!LRS_INSTALLED)('xAPI against a real LRS', () => {
  it('stores every statement of a course session and reads them back as sent', async () => {
    const registration = '7d3c2b1a-0f9e-4d8c-b7a6-5e4d3c2b1a0f';
    const t = tracker(registration);
    await t.start(COURSE);
    const at = (s: number) => new Date(Date.UTC(2026, 2, 1, 9, 0, s)).toISOString();
    t.record({ type: 'lesson-started', lesson: 'greeting', at: at(1) });
    t.record({ type: 'lesson-progressed', lesson: 'greeting', section: 'first-words', at: at(2) });
    t.record({
      type: 'question-answered',
      lesson: 'greeting',
      activity: 'greet-check',
      question: 'q1',
      response: 'Smile and say hello',
      correct: true,
      credit: 1,
      detail: {
        question: {
          id: 'q1',
          kind: 'single',
          prompt: 'How do you greet a customer?',
          options: [
            { id: 'smile', text: 'Smile and say hello', correct: true, feedback: 'Yes.' },
            { id: 'wait', text: 'Wait for them to speak', correct: false, feedback: 'No.' },
          ],
        },
        response: { kind: 'single', optionId: 'smile' },
      },
      at: at(3),
    });
    t.record({
      type: 'question-answered',
      lesson: 'greeting',
      activity: 'greet-check',
      question: 'q2',
      response: 'Wait for them to speak',
      correct: false,
      credit: 0,
      at: at(4),
    });
    t.record({
      type: 'activity-completed',
      lesson: 'greeting',
      activity: 'greet-check',
      kind: 'quiz',
      score: 0.5,
      at: at(5),
    });
    t.record({
      type: 'roleplay-responded',
      lesson: 'greeting',
      scenario: 'billing-error',
      node: 'start',
      choice: 'Apologise and look into it',
      at: at(6),
    });
    t.record({ type: 'lesson-completed', lesson: 'greeting', at: at(7) });
    t.record({
      type: 'assessment-submitted',
      attempt: 'a1',
      score: 0.6,
      passed: false,
      passMark: 0.8,
      at: at(8),
    });
    t.record({
      type: 'assessment-submitted',
      attempt: 'a2',
      score: 0.9,
      passed: true,
      passMark: 0.8,
      at: at(9),
    });
    t.finish();
    await until(() => drained(t), 'the queue to empty');

    const stored = (await readBack(registration)) as XapiStatement[];
    expect(stored.map(verbOf)).toEqual([
      'initialized',
      'attempted',
      'progressed',
      'answered',
      'answered',
      'completed',
      'responded',
      'completed',
      'failed',
      'failed',
      'passed',
      'passed',
      'terminated',
    ]);
    for (const s of stored) {
      expect(s.actor).toMatchObject({ mbox: 'mailto:ada@example.org', name: 'Ada Learner' });
      expect(s.context?.registration).toBe(registration);
      expect(s.object.id === COURSE_IRI || s.object.id.startsWith(`${COURSE_IRI}/`)).toBe(true);
    }
    const [right, wrong] = stored.filter((s) => verbOf(s) === 'answered');
    expect(right?.object.id).toBe(`${COURSE_IRI}/activities/greet-check/q1`);
    expect(right?.object.definition).toMatchObject({
      interactionType: 'choice',
      correctResponsesPattern: ['smile'],
      name: { 'en-US': 'How do you greet a customer?' },
    });
    expect(right?.result).toMatchObject({
      success: true,
      response: 'smile',
      score: { scaled: 1 },
    });
    expect(wrong?.result).toMatchObject({ success: false, score: { scaled: 0 } });
    const responded = stored.find((s) => verbOf(s) === 'responded');
    expect(responded?.result?.response).toBe('Apologise and look into it');
    const passed = stored.find((s) => verbOf(s) === 'passed');
    expect(passed?.result).toMatchObject({ success: true, completion: true, score: { scaled: 0.9 } });
    expect(stored.find((s) => verbOf(s) === 'failed')?.result).toMatchObject({ success: false });
    expect(stored.at(-1)?.result?.duration).toMatch(/^PT/);
    expect(new Set(stored.map((s) => s.id)).size).toBe(stored.length);
  }, 60_000);

  it('keeps statements while the LRS is down and delivers them, once each and in order, when it returns', async () => {
    const registration = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
    const posted: string[] = [];
    const client = createLrsClient(
      { endpoint: endpoint(), auth: AUTH },
      {
        fetch: async (input, init) => {
          const response = await fetch(input, init);
          if (init?.method === 'POST' && response.ok)
            posted.push(...(JSON.parse(String(init.body)) as XapiStatement[]).map((s) => s.id));
          return response;
        },
        timeoutMs: 3_000,
      },
    );
    const t = tracker(registration, { send: (batch, options) => client.sendStatements(batch, options) });
    await t.start(COURSE);
    t.record({ type: 'lesson-started', lesson: 'listening', at: '2026-03-02T10:00:00.000Z' });
    await until(() => drained(t), 'the first statements to arrive');
    expect((await readBack(registration)).map(verbOf)).toEqual(['initialized', 'attempted']);

    await stopLrs();
    t.record({
      type: 'lesson-progressed',
      lesson: 'listening',
      section: 'hear-them-out',
      at: '2026-03-02T10:01:00.000Z',
    });
    t.record({
      type: 'lesson-progressed',
      lesson: 'listening',
      section: 'check-you-understood',
      at: '2026-03-02T10:02:00.000Z',
    });
    t.record({
      type: 'question-answered',
      lesson: 'listening',
      activity: 'listen-check',
      question: 'q1',
      response: 'Repeat it back',
      correct: true,
      credit: 1,
      at: '2026-03-02T10:03:00.000Z',
    });
    t.record({ type: 'lesson-completed', lesson: 'listening', at: '2026-03-02T10:04:00.000Z' });
    await until(() => t.queue.status().state === 'waiting', 'a failed send');
    const waiting = t.queue.pending().map((s) => s.id);
    expect(t.queue.pending().map(verbOf)).toEqual(['progressed', 'progressed', 'answered', 'completed']);

    // The LRS comes back (empty: it keeps statements in memory). The queue retries on its own.
    await startLrs();
    await until(() => drained(t), 'the queued statements to arrive');
    const stored = (await readBack(registration)) as XapiStatement[];
    expect(stored.map((s) => s.id)).toEqual(waiting);
    expect(stored.map(verbOf)).toEqual(['progressed', 'progressed', 'answered', 'completed']);
    for (const id of [...waiting]) expect(posted.filter((p) => p === id)).toHaveLength(1);
  }, 60_000);

  it('stops and keeps the statements when the LRS refuses the credentials', async () => {
    const t = createXapiTracker(
      {
        endpoint: endpoint(),
        auth: 'Basic missing_token',
        actor: ACTOR,
        registration: '9f8e7d6c-5b4a-4321-8fed-cba987654321',
      },
      { storage: memoryStorage(), events: null, backoff: FAST_RETRY, onNotice: () => {} },
    );
    trackers.push(t);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await t.start(COURSE);
    await until(() => t.queue.status().state === 'stopped', 'the refusal');
    expect(t.queue.status()).toMatchObject({ state: 'stopped', status: 401, pending: 1 });
    expect(warn).toHaveBeenCalled();
  }, 30_000);
});
