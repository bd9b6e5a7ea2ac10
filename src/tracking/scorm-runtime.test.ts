// The SCORM run-time's promises to an LMS administrator, checked against scorm-again playing the LMS:
// question-level interactions and per-lesson objectives in each version's formats, never lowering the
// LMS's status, retrying what the LMS refused, always closing the session, and the learner's name.
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { checkedApi, failures } from '../../tests/unit/scorm-checked-api';
import { strict12 } from '../../tests/unit/scorm-strict-12';
import { questionInteraction } from '../domain/activities/question-interaction';
import type { Question, Response } from '../domain/activities/quiz-types';
import type { LearningEvent } from '../domain/course/learning-events';
import { emptyProgress } from '../domain/course/progress';
import type { ProgressData } from '../domain/course/progress';
import { decodeSuspendData } from '../domain/lms/suspend-data';
import type { LmsIssue } from '../state/notices-store';
import { PROGRESS_KEY, PROGRESS_VERSION } from '../state/progress/progress-schema';
import { memoryStorage } from '../state/safe-storage';
import type { Scorm12Api, Scorm2004Api } from './scorm-api';
import { DEFAULT_DEBOUNCE_MS, DEFAULT_RETRY } from './scorm-runtime';
import type { ScormTrackerOptions } from './scorm-runtime';
import { createScorm12Tracker } from './scorm12-tracker';
import { createScorm2004Tracker, progressMeasure } from './scorm2004-tracker';
import type { CourseSummary } from './tracker';

const course: CourseSummary = {
  lessons: [
    { slug: 'greeting', title: 'Greeting customers' },
    { slug: 'listening', title: 'Listening well' },
  ],
  passMark: 0.8,
};
const T0 = Date.UTC(2026, 2, 2, 9, 0, 0);
const iso = (ms: number) => new Date(T0 + ms).toISOString();
const LONG = 'word '.repeat(200).trim();

const QUESTIONS: [Question, Response][] = [
  [
    {
      id: 'q-single',
      kind: 'single',
      prompt: 'Who is an internal customer?',
      options: [
        { id: 'colleague', text: 'A colleague', correct: true, feedback: '' },
        { id: 'stranger', text: 'A stranger', correct: false, feedback: '' },
      ],
    },
    { kind: 'single', optionId: 'stranger' },
  ],
  [
    {
      id: 'q-multiple',
      kind: 'multiple',
      prompt: 'Pick all that apply',
      options: [
        { id: 'a', text: 'A', correct: true, feedback: '' },
        { id: 'b', text: 'B', correct: true, feedback: '' },
        { id: 'c', text: 'C', correct: false, feedback: '' },
      ],
    },
    { kind: 'multiple', optionIds: ['a', 'b'] },
  ],
  [
    { id: 'q-tf', kind: 'truefalse', prompt: 'True?', answer: true, feedbackTrue: '', feedbackFalse: '' },
    { kind: 'truefalse', value: false },
  ],
  [
    {
      id: 'q-order',
      kind: 'ordering',
      prompt: 'Put in order',
      items: [
        { id: 'listen', text: 'Listen' },
        { id: 'solve', text: 'Solve' },
        { id: 'confirm', text: 'Confirm' },
      ],
    },
    { kind: 'ordering', itemIds: ['listen', 'confirm', 'solve'] },
  ],
  [
    {
      id: 'q-match',
      kind: 'matching',
      prompt: 'Match',
      pairs: [
        { id: 'it', left: 'IT', right: 'Laptops' },
        { id: 'hr', left: 'HR', right: 'Hiring' },
      ],
    },
    { kind: 'matching', matches: { it: 'it', hr: 'hr' } },
  ],
  [
    {
      id: 'q-short',
      kind: 'short',
      prompt: `${LONG} [,] {lang=en}`,
      accept: ['the internal customer', LONG],
      feedbackCorrect: '',
      feedbackIncorrect: '',
    },
    { kind: 'short', text: `${LONG} [,] with, commas` },
  ],
];

function answer(question: Question, response: Response, n: number): LearningEvent {
  return {
    type: 'question-answered',
    lesson: n % 2 ? 'listening' : 'greeting',
    activity: n === 5 ? 'final-assessment' : 'l1-check',
    question: question.id,
    response: 'in words',
    correct: n % 2 === 1,
    credit: n % 2,
    interaction: questionInteraction(question, response),
    latencyMs: 12_345 + n,
    at: iso(n * 1000),
  };
}

function inProgress(): ProgressData {
  const data = emptyProgress();
  data.lessons.greeting = {
    startedAt: iso(0),
    completedAt: iso(50_000),
    timeSpentMs: 50_000,
    reachedEnd: true,
    lastSection: 'charlie-section',
    updatedAt: iso(50_000),
  };
  data.lastLesson = { slug: 'greeting', at: iso(50_000) };
  return data;
}

type Version = '1.2' | '2004';

/** What the LMS holds for the six answers in QUESTIONS, in each version's formats. */
const EXPECTED_INTERACTIONS: Record<Version, Record<string, unknown>[]> = {
  '1.2': [
    { id: 'l1-check.q-single', type: 'choice', student_response: 'b', result: 'wrong', time: '09:00:00' },
    { type: 'choice', student_response: 'a,b', result: 'correct', weighting: '1' },
    { type: 'true-false', student_response: 'f' },
    { type: 'sequencing', student_response: 'a,c,b' },
    { type: 'matching', student_response: 'a.a,b.b' },
    { id: 'final-assessment.q-short', type: 'fill-in' },
  ],
  '2004': [
    {
      id: 'l1-check.q-single',
      type: 'choice',
      learner_response: 'stranger',
      result: 'incorrect',
      description: 'Who is an internal customer?',
      timestamp: iso(0),
    },
    { type: 'choice', learner_response: 'a[,]b', result: 'correct', weighting: '1' },
    { type: 'true-false', learner_response: 'false' },
    { type: 'sequencing', learner_response: 'listen[,]confirm[,]solve' },
    { type: 'matching', learner_response: 'it[.]it[,]hr[.]hr' },
    { id: 'final-assessment.q-short', type: 'fill-in' },
  ],
};

/** The LMS's status and score, as seeded, still there after a session with a lower result. */
const KEPT_STANDING: Record<Version, Record<string, unknown>> = {
  '1.2': { core: { lesson_status: 'passed', score: { raw: '92' } } },
  '2004': {
    completion_status: 'completed',
    success_status: 'passed',
    progress_measure: '1',
    score: { scaled: '0.92', raw: '92' },
  },
};

function launch(version: Version, stored: Record<string, string> = {}, options: ScormTrackerOptions = {}) {
  const issues: LmsIssue[] = [];
  const warn = vi.fn();
  const base = {
    now: () => T0,
    document: null,
    aside: memoryStorage(),
    warn,
    onIssue: (i: LmsIssue) => issues.push(i),
    ...options,
  };
  if (version === '1.2') {
    const lms = new Scorm12API({ logLevel: 5 });
    lms.loadFromFlattenedJSON(stored);
    const strict = strict12(lms);
    const checked = checkedApi(strict.api, () => strict.api.LMSGetLastError());
    const tracker = createScorm12Tracker(checked.api, base);
    const view = () => JSON.parse(JSON.stringify(lms.cmi)) as Record<string, unknown>;
    return { tracker, calls: checked.calls, refused: strict.refused, issues, warn, view };
  }
  const lms = new Scorm2004API({ logLevel: 5 });
  lms.loadFromFlattenedJSON({ 'cmi.entry': 'ab-initio', ...stored });
  const checked = checkedApi(lms, () => lms.GetLastError());
  const tracker = createScorm2004Tracker(checked.api, base);
  const view = () => JSON.parse(JSON.stringify(lms.cmi)) as Record<string, unknown>;
  return { tracker, calls: checked.calls, refused: [] as string[], issues, warn, view };
}

const save = (run: ReturnType<typeof launch>, data: ProgressData) => {
  run.tracker.storage.setItem(PROGRESS_KEY, { state: data, version: PROGRESS_VERSION });
  run.tracker.progressChanged(data);
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe.each(['1.2', '2004'] as const)('SCORM %s: question-level data', (version) => {
  it('records every answer as an interaction in the version’s formats, which the LMS accepts', async () => {
    const run = launch(version);
    await run.tracker.start(course);
    QUESTIONS.forEach(([question, response], n) => run.tracker.record(answer(question, response, n)));
    run.tracker.finish();
    expect(failures(run.calls)).toEqual([]);
    expect(run.refused).toEqual([]);
    const interactions = Object.values(
      (run.view() as { interactions: Record<string, Record<string, unknown>> }).interactions,
    );
    expect(interactions).toHaveLength(QUESTIONS.length);
    expect(interactions).toMatchObject(EXPECTED_INTERACTIONS[version]);
    const response = version === '1.2' ? 'student_response' : 'learner_response';
    expect(String(interactions[5]?.[response]).length).toBeLessThanOrEqual(version === '1.2' ? 255 : 250);
    expect(run.calls.find((c) => c.args[0] === 'cmi.interactions.0.latency')?.args[1]).toBe(
      version === '1.2' ? '0000:00:12.34' : 'PT12.34S',
    );
    expect(JSON.stringify(interactions[5])).toContain('final-assessment.q-short');
  });

  it('reports each lesson as an objective with its status', async () => {
    const run = launch(version);
    await run.tracker.start(course);
    save(run, inProgress());
    run.tracker.finish();
    expect(failures(run.calls)).toEqual([]);
    const objectives = Object.values(
      (run.view() as { objectives: Record<string, Record<string, unknown>> }).objectives,
    );
    const field = version === '1.2' ? 'status' : 'completion_status';
    expect(objectives.map((o) => [o.id, o[field]])).toEqual([
      ['greeting', 'completed'],
      ['listening', 'not attempted'],
    ]);
  });

  it('never lowers what the LMS holds at launch, even when suspend data is cut off', async () => {
    const stored: Record<string, string> =
      version === '1.2'
        ? {
            'cmi.core.entry': 'resume',
            'cmi.core.lesson_status': 'passed',
            'cmi.core.score.raw': '92',
            'cmi.suspend_data': '{"v":1,"e":17',
          }
        : {
            'cmi.entry': 'resume',
            'cmi.completion_status': 'completed',
            'cmi.success_status': 'passed',
            'cmi.score.raw': '92',
            'cmi.score.scaled': '0.92',
            'cmi.progress_measure': '1',
            'cmi.suspend_data': '{"v":1,"e":17',
          };
    const run = launch(version, stored);
    await run.tracker.start(course);
    expect(run.tracker.storage.getItem(PROGRESS_KEY)).toBeNull();
    const low = inProgress();
    low.assessment.attempts.push({
      id: 'a',
      startedAt: iso(1),
      questionIds: [],
      responses: {},
      passMark: 0.8,
      submittedAt: iso(2),
      score: 0.4,
      passed: false,
    });
    save(run, low);
    run.tracker.finish();
    expect(failures(run.calls)).toEqual([]);
    const cmi = run.view() as Record<string, unknown> & {
      core: Record<string, unknown>;
      score: Record<string, unknown>;
    };
    expect(cmi).toMatchObject(KEPT_STANDING[version]);
    // The unreadable suspend data was not replaced.
    expect(cmi.suspend_data).toBe('{"v":1,"e":17');
    expect(run.issues.map((i) => i.kind)).toEqual(['lms-unreadable']);
  });

  it('uses the LMS’s learner name, "Last, First" as "First Last"', async () => {
    const stored =
      version === '1.2'
        ? { 'cmi.core.student_name': 'Okafor, Amelia' }
        : { 'cmi.learner_name': 'Okafor, Amelia' };
    const run = launch(version, stored);
    await run.tracker.start(course);
    expect(run.tracker.learnerName()).toBe('Amelia Okafor');
    run.tracker.finish();
  });

  it('still closes the session when the LMS’s API throws', async () => {
    const terminate = version === '1.2' ? 'LMSFinish' : 'Terminate';
    // Every SetValue and Commit throws, as a broken LMS adapter might.
    const broken = launchBroken(
      version,
      version === '1.2' ? ['LMSSetValue', 'LMSCommit'] : ['SetValue', 'Commit'],
    );
    await broken.tracker.start(course);
    expect(() => save(broken as never, inProgress())).not.toThrow();
    expect(() => broken.tracker.finish()).not.toThrow();
    expect(broken.called.filter((name) => name === terminate)).toHaveLength(1);
    expect(broken.warn).toHaveBeenCalledWith(expect.stringMatching(/is broken/));
  });
});

/** An LMS whose named functions throw. */
function launchBroken(version: Version, throwing: string[]) {
  const lms = version === '1.2' ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 });
  const called: string[] = [];
  const api = new Proxy(lms, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        called.push(String(property));
        if (throwing.includes(String(property))) throw new Error(`${String(property)} is broken`);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  const warn = vi.fn();
  const options = { now: () => T0, document: null, aside: memoryStorage(), warn };
  const tracker =
    version === '1.2'
      ? createScorm12Tracker(api as unknown as Scorm12Api, options)
      : createScorm2004Tracker(api as unknown as Scorm2004Api, options);
  return { tracker, called, warn };
}

describe('SCORM: failures are retried and visible', () => {
  it('sets refused values again and retries a refused commit, telling the learner until it succeeds', async () => {
    const lms = new Scorm2004API({ logLevel: 5 });
    lms.loadFromFlattenedJSON({ 'cmi.entry': 'ab-initio' });
    let refusing = true;
    const sent: string[] = [];
    const api = new Proxy(lms, {
      get(target, property, receiver) {
        if (property === 'SetValue')
          return (element: string, value: string) => {
            if (refusing && element === 'cmi.location') return 'false';
            sent.push(element);
            return target.SetValue(element, value);
          };
        if (property === 'Commit') return () => (refusing ? 'false' : target.Commit(''));
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
    const issues: LmsIssue[] = [];
    const tracker = createScorm2004Tracker(api as unknown as Scorm2004Api, {
      document: null,
      aside: memoryStorage(),
      warn: () => {},
      onIssue: (i) => issues.push(i),
      retry: { ...DEFAULT_RETRY, jitter: 0 },
    });
    await tracker.start(course);
    tracker.storage.setItem(PROGRESS_KEY, { state: inProgress(), version: PROGRESS_VERSION });
    tracker.progressChanged(inProgress());
    vi.advanceTimersByTime(DEFAULT_DEBOUNCE_MS);
    expect(issues).toEqual([{ kind: 'lms-unavailable', why: 'refusing' }]);
    expect(lms.cmi.location).toBe('');

    refusing = false;
    vi.advanceTimersByTime(DEFAULT_RETRY.initialMs);
    expect(issues).toEqual([{ kind: 'lms-unavailable', why: 'refusing' }, { kind: 'lms-accepting' }]);
    expect(lms.cmi.location).toBe('greeting#charlie-section');
    expect(sent).toContain('cmi.location');
    tracker.finish();
  });

  it('keeps progress the LMS refused in this browser, for that learner only, and hands it over at the next launch', async () => {
    const aside = memoryStorage();
    const launchAs = (learner: string, refusing: boolean) => {
      const lms = new Scorm2004API({ logLevel: 5 });
      lms.loadFromFlattenedJSON({ 'cmi.entry': 'ab-initio', 'cmi.learner_id': learner });
      const api = new Proxy(lms, {
        get(target, property, receiver) {
          if (property === 'Commit') return () => (refusing ? 'false' : target.Commit(''));
          return Reflect.get(target, property, receiver) as unknown;
        },
      });
      const tracker = createScorm2004Tracker(api as unknown as Scorm2004Api, {
        document: null,
        aside,
        warn: () => {},
        retry: { ...DEFAULT_RETRY, jitter: 0 },
      });
      return { lms, tracker };
    };
    const restored = (tracker: ReturnType<typeof launchAs>['tracker']) =>
      (tracker.storage.getItem(PROGRESS_KEY) as { state: ProgressData } | null)?.state ?? null;

    // The LMS refuses every commit; the learner closes the tab.
    const first = launchAs('e-1', true);
    await first.tracker.start(course);
    expect(restored(first.tracker)).toBeNull();
    first.tracker.storage.setItem(PROGRESS_KEY, { state: inProgress(), version: PROGRESS_VERSION });
    first.tracker.progressChanged(inProgress());
    vi.advanceTimersByTime(DEFAULT_DEBOUNCE_MS);
    first.tracker.finish();
    // (Nothing was committed: a fresh LMS below stands for what it kept, which is nothing.)

    // Another learner on the same browser does not get it.
    const other = launchAs('e-2', false);
    await other.tracker.start(course);
    expect(restored(other.tracker)).toBeNull();
    other.tracker.finish();

    // The same learner comes back and the LMS accepts: the progress is there, and it reaches the LMS.
    const again = launchAs('e-1', false);
    await again.tracker.start(course);
    expect(restored(again.tracker)?.lessons.greeting?.completedAt).toBe(iso(50_000));
    again.tracker.finish();
    const inLms = decodeSuspendData(again.lms.cmi.suspend_data);
    expect(inLms.kind === 'ok' && inLms.data.lessons.greeting?.lastSection).toBe('charlie-section');
    expect(aside.getItem('servewell-lms-unsent:e-1')).toBeNull();
  });

  it('lets go of question records an LMS keeps refusing, without calling progress unsaved', async () => {
    const lms = new Scorm2004API({ logLevel: 5 });
    lms.loadFromFlattenedJSON({ 'cmi.entry': 'ab-initio' });
    const tries: string[] = [];
    const api = new Proxy(lms, {
      get(target, property, receiver) {
        if (property === 'SetValue')
          return (element: string, value: string) => {
            if (!element.startsWith('cmi.objectives.')) return target.SetValue(element, value);
            tries.push(element);
            return 'false';
          };
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
    const issues: LmsIssue[] = [];
    const warn = vi.fn();
    const tracker = createScorm2004Tracker(api as unknown as Scorm2004Api, {
      document: null,
      aside: memoryStorage(),
      warn,
      onIssue: (i) => issues.push(i),
    });
    await tracker.start(course);
    tracker.progressChanged(inProgress());
    for (let n = 0; n < 6; n += 1) vi.advanceTimersByTime(DEFAULT_RETRY.maxMs);
    tracker.finish();
    expect(issues).toEqual([]);
    expect(tries.filter((e) => e === 'cmi.objectives.0.id').length).toBeLessThanOrEqual(4);
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/keeps refusing cmi\.objectives\.0\.id; the course stops sending it/),
    );
  });

  it('SCORM 2004 progress stays below 1 until the course is completed', () => {
    const base = { lessonsTotal: 6, attempted: true, location: '' };
    expect(progressMeasure({ ...base, lessonsCompleted: 6, passed: false, complete: false })).toBeLessThan(1);
    expect(progressMeasure({ ...base, lessonsCompleted: 5, passed: true, complete: false })).toBeLessThan(1);
    expect(progressMeasure({ ...base, lessonsCompleted: 6, passed: true, complete: true })).toBe(1);
  });
});
