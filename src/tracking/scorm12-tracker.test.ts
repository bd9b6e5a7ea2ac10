import { Scorm12API } from 'scorm-again';
import { checkedApi, failures, launchTracker } from '../../tests/unit/scorm-checked-api';
import { worstCaseProgress } from '../../tests/unit/scorm-worst-case';
import { emptyProgress } from '../domain/course/progress';
import type { ProgressData } from '../domain/course/progress';
import { decodeSuspendData, SCORM12_SUSPEND_LIMIT } from '../domain/lms/suspend-data';
import { PROGRESS_KEY } from '../state/progress/progress-schema';
import { memoryStorage } from '../state/safe-storage';
import { DEFAULT_DEBOUNCE_MS, DEFAULT_HEARTBEAT_MS } from './scorm-runtime';
import { createScorm12Tracker, scorm12LessonStatus } from './scorm12-tracker';
import type { CourseSummary } from './tracker';

const course: CourseSummary = {
  lessons: [
    { slug: 'greeting', title: 'Greeting' },
    { slug: 'listening', title: 'Listening' },
    { slug: 'follow-up', title: 'Follow-up' },
  ],
  passMark: 0.8,
};

const T0 = Date.UTC(2026, 2, 2, 9, 0, 0);

function inProgress(): ProgressData {
  const data = emptyProgress();
  data.lessons.greeting = {
    startedAt: new Date(T0).toISOString(),
    timeSpentMs: 40_000,
    lastSection: 'bravo-section',
    reachedEnd: false,
    updatedAt: new Date(T0 + 40_000).toISOString(),
  };
  data.lastLesson = { slug: 'greeting', at: new Date(T0 + 40_000).toISOString() };
  return data;
}

function finished(score: number): ProgressData {
  const data = inProgress();
  for (const { slug } of course.lessons) {
    data.lessons[slug] = {
      startedAt: new Date(T0).toISOString(),
      completedAt: new Date(T0 + 60_000).toISOString(),
      timeSpentMs: 60_000,
      reachedEnd: true,
      lastSection: 'delta-section',
      updatedAt: new Date(T0 + 60_000).toISOString(),
    };
  }
  data.assessment.attempts.push({
    id: 'attempt-1',
    startedAt: new Date(T0 + 70_000).toISOString(),
    questionIds: ['q1', 'q2'],
    responses: { q1: { kind: 'single', optionId: 'a' } },
    passMark: 0.8,
    submittedAt: new Date(T0 + 90_000).toISOString(),
    score,
    passed: score >= 0.8,
  });
  data.lastLesson = { slug: 'follow-up', at: new Date(T0 + 60_000).toISOString() };
  return data;
}

/** One launch of the course against a scorm-again SCORM 1.2 LMS holding `stored` from earlier sessions. */
function launch(stored: Record<string, unknown> = {}) {
  const lms = new Scorm12API({ logLevel: 5 });
  lms.loadFromJSON(stored);
  return launchTracker(lms, {
    startsAt: T0,
    lastError: (l) => l.LMSGetLastError(),
    getValue: (l, element) => l.LMSGetValue(element),
    create: createScorm12Tracker,
  });
}

interface Cmi12 {
  core: Record<string, string> & { score: Record<string, string> };
  suspend_data: string;
}

/** The LMS's view of the data model, write-only elements included (as it sends them to its server). */
const lmsView = (lms: InstanceType<typeof Scorm12API>) => JSON.parse(JSON.stringify(lms.cmi)) as Cmi12;

/** What an LMS keeps between sessions, read from scorm-again's data model. */
function kept(lms: InstanceType<typeof Scorm12API>) {
  return {
    core: {
      entry: lmsView(lms).core.exit === 'suspend' ? 'resume' : '',
      lesson_location: lms.cmi.core.lesson_location,
      lesson_status: lms.cmi.core.lesson_status,
    },
    suspend_data: lms.cmi.suspend_data,
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('SCORM 1.2 tracker against scorm-again', () => {
  it('opens the session, saves progress and location, commits after a pause, and finishes once', async () => {
    const run = launch();
    await run.tracker.start(course);
    expect(run.count('LMSInitialize')).toBe(1);

    run.save(inProgress());
    expect(run.count('LMSCommit')).toBe(0);
    vi.advanceTimersByTime(DEFAULT_DEBOUNCE_MS);
    expect(run.count('LMSCommit')).toBe(1);

    expect(run.value('cmi.core.lesson_status')).toBe('incomplete');
    expect(run.value('cmi.core.lesson_location')).toBe('greeting#bravo-section');
    const saved = decodeSuspendData(run.value('cmi.suspend_data'));
    expect(saved.kind === 'ok' && saved.data.lessons.greeting?.lastSection).toBe('bravo-section');
    expect(lmsView(run.lms).core.exit).toBe('suspend');

    run.clock.now = T0 + 65_250;
    run.tracker.finish();
    run.tracker.finish();
    expect(run.count('LMSFinish')).toBe(1);
    const sent = run.calls.filter((c) => c.name === 'LMSSetValue' && c.args[0] === 'cmi.core.session_time');
    expect(sent.at(-1)?.args[1]).toBe('0000:01:05.25');
    expect(sent.every((c) => /^\d{4}:\d{2}:\d{2}\.\d{2}$/.test(String(c.args[1])))).toBe(true);
    // The LMS read it as 65.25 seconds (it keeps it in its own HH:MM:SS form).
    expect(lmsView(run.lms).core.session_time).toBe('00:01:05.25');
    expect(failures(run.calls)).toEqual([]);
    expect(run.warn).not.toHaveBeenCalled();
  });

  it('resumes on relaunch from what the LMS kept', async () => {
    const first = launch();
    await first.tracker.start(course);
    first.save(inProgress());
    first.tracker.finish();

    const second = launch(kept(first.lms));
    await second.tracker.start(course);
    expect(second.tracker.resumeLocation()).toBe('greeting#bravo-section');
    const restored = second.tracker.storage.getItem(PROGRESS_KEY) as { state: ProgressData } | null;
    expect(restored?.state).toEqual(inProgress());
    second.tracker.finish();
    expect(failures(second.calls)).toEqual([]);
  });

  it('reports passed with the best score once every lesson is complete and the assessment passed', async () => {
    const run = launch();
    await run.tracker.start(course);
    const data = finished(0.85);
    data.assessment.attempts.unshift({
      ...data.assessment.attempts[0]!,
      id: 'attempt-0',
      score: 0.6,
      passed: false,
    });
    run.save(data);
    run.tracker.finish();
    expect(run.lms.cmi.core.lesson_status).toBe('passed');
    expect(run.lms.cmi.core.score.raw).toBe('85');
    expect(run.lms.cmi.core.score.min).toBe('0');
    expect(run.lms.cmi.core.score.max).toBe('100');
    expect(lmsView(run.lms).core.exit).toBe('');
    expect(failures(run.calls)).toEqual([]);
  });

  it('reports failed when the assessment was taken but not passed, and the score reached', async () => {
    const run = launch();
    await run.tracker.start(course);
    run.save(finished(0.55));
    run.tracker.finish();
    expect(run.lms.cmi.core.lesson_status).toBe('failed');
    expect(run.lms.cmi.core.score.raw).toBe('55');
    expect(lmsView(run.lms).core.exit).toBe('suspend');
    expect(failures(run.calls)).toEqual([]);
  });

  it('commits when the page is hidden and every few minutes, and only sets what changed', async () => {
    const listeners = new Map<string, () => void>();
    const doc = {
      visibilityState: 'visible',
      addEventListener: (type: string, fn: () => void) => void listeners.set(type, fn),
      removeEventListener: (type: string) => void listeners.delete(type),
    };
    const lms = new Scorm12API({ logLevel: 5 });
    const { api, calls } = checkedApi(lms, () => lms.LMSGetLastError());
    const tracker = createScorm12Tracker(api, { document: doc, aside: memoryStorage() });
    await tracker.start(course);
    const commits = () => calls.filter((c) => c.name === 'LMSCommit').length;

    tracker.progressChanged(inProgress());
    const sets = calls.filter((c) => c.name === 'LMSSetValue').length;
    tracker.progressChanged(inProgress());
    expect(calls.filter((c) => c.name === 'LMSSetValue').length).toBe(sets);

    doc.visibilityState = 'hidden';
    listeners.get('visibilitychange')?.();
    expect(commits()).toBe(1);
    vi.advanceTimersByTime(DEFAULT_HEARTBEAT_MS);
    expect(commits()).toBe(2);
    tracker.finish();
    expect(listeners.has('visibilitychange')).toBe(false);
    vi.advanceTimersByTime(DEFAULT_HEARTBEAT_MS * 2);
    expect(commits()).toBe(3);
    expect(failures(calls)).toEqual([]);
  });

  it('commits once for a burst of learning events, and leaves time ticks for the next commit', async () => {
    const run = launch();
    await run.tracker.start(course);
    run.save(inProgress());
    vi.advanceTimersByTime(DEFAULT_DEBOUNCE_MS);
    expect(run.count('LMSCommit')).toBe(1);

    // Only time spent changed: saved, but not worth a commit of its own.
    const later = inProgress();
    later.lessons.greeting!.timeSpentMs = 55_000;
    run.save(later);
    vi.advanceTimersByTime(DEFAULT_DEBOUNCE_MS * 4);
    expect(run.count('LMSCommit')).toBe(1);

    // Learning events (an answer, a finished activity) bring a commit, one for the burst.
    const event = { type: 'lesson-progressed', lesson: 'greeting', section: 'x', at: '' } as const;
    for (let n = 0; n < 5; n += 1) {
      run.tracker.record(event);
      vi.advanceTimersByTime(DEFAULT_DEBOUNCE_MS / 5);
    }
    expect(run.count('LMSCommit')).toBe(2);
    const saved = decodeSuspendData(run.value('cmi.suspend_data'));
    expect(saved.kind === 'ok' && saved.data.lessons.greeting?.timeSpentMs).toBe(55_000);
    run.tracker.finish();
    expect(failures(run.calls)).toEqual([]);
  });

  it('keeps the whole finished course under 4,096 characters of suspend data', async () => {
    const run = launch();
    await run.tracker.start({
      lessons: Object.keys(worstCaseProgress().lessons).map((slug) => ({ slug, title: slug })),
      passMark: 0.8,
    });
    run.save(worstCaseProgress());
    run.tracker.finish();
    const text = run.lms.cmi.suspend_data;
    expect(text.length).toBeGreaterThan(1000);
    expect(text.length).toBeLessThan(SCORM12_SUSPEND_LIMIT);
    const back = decodeSuspendData(text);
    expect(back.kind === 'ok' && Object.values(back.data.lessons).every((l) => l.completedAt)).toBe(true);
    expect(run.lms.cmi.core.lesson_status).toBe('passed');
    // It did not all fit, and that was said.
    expect(run.warn).toHaveBeenCalledWith(expect.stringMatching(/leaves out .*long written answers/));
    expect(failures(run.calls)).toEqual([]);
  });

  it('refuses to start when the LMS will not open a session, so the course can fall back', async () => {
    const lms = new Scorm12API({ logLevel: 5 });
    lms.LMSInitialize('');
    lms.LMSFinish('');
    const tracker = createScorm12Tracker(lms, { document: null, aside: memoryStorage(), warn: () => {} });
    await expect(tracker.start(course)).rejects.toThrow(/did not open a SCORM session \(error \d+/);
  });
});

describe('SCORM 1.2 lesson status', () => {
  const base = {
    lessonsCompleted: 3,
    lessonsTotal: 3,
    passed: false,
    attempted: false,
    complete: false,
    location: '',
  };
  it('is incomplete until every lesson is done and the assessment passed', () => {
    expect(scorm12LessonStatus({ ...base, lessonsCompleted: 2, passed: true, attempted: true })).toBe(
      'incomplete',
    );
    expect(scorm12LessonStatus(base)).toBe('incomplete');
    expect(scorm12LessonStatus({ ...base, attempted: true })).toBe('failed');
    expect(scorm12LessonStatus({ ...base, attempted: true, passed: true, complete: true })).toBe('passed');
  });
});
