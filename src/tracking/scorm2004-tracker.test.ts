import { Scorm2004API } from 'scorm-again';
import { failures, launchTracker } from '../../tests/unit/scorm-checked-api';
import { emptyProgress } from '../domain/course/progress';
import type { ProgressData } from '../domain/course/progress';
import { decodeSuspendData } from '../domain/lms/suspend-data';
import { PROGRESS_KEY } from '../state/progress/progress-schema';
import { DEFAULT_DEBOUNCE_MS } from './scorm-runtime';
import { createScorm2004Tracker, scorm2004Statuses } from './scorm2004-tracker';
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
const iso = (ms: number) => new Date(T0 + ms).toISOString();

function progress(completedLessons: string[], scores: number[] = []): ProgressData {
  const data = emptyProgress();
  for (const slug of completedLessons) {
    data.lessons[slug] = {
      startedAt: iso(0),
      completedAt: iso(60_000),
      timeSpentMs: 60_000,
      reachedEnd: true,
      lastSection: 'delta-section',
      updatedAt: iso(60_000),
    };
  }
  data.lessons.listening ??= {
    startedAt: iso(70_000),
    timeSpentMs: 5_000,
    lastSection: 'charlie-section',
    reachedEnd: false,
    updatedAt: iso(75_000),
  };
  data.lastLesson = { slug: 'listening', at: iso(75_000) };
  scores.forEach((score, n) => {
    data.assessment.attempts.push({
      id: `attempt-${n}`,
      startedAt: iso(80_000 + n),
      questionIds: ['q1'],
      responses: {},
      passMark: 0.8,
      submittedAt: iso(90_000 + n),
      score,
      passed: score >= 0.8,
    });
  });
  return data;
}

function launch(stored: Record<string, string> = { 'cmi.entry': 'ab-initio' }) {
  const lms = new Scorm2004API({ logLevel: 5 });
  lms.loadFromFlattenedJSON(stored);
  return launchTracker(lms, {
    startsAt: T0,
    lastError: (l) => l.GetLastError(),
    getValue: (l, element) => l.GetValue(element),
    create: createScorm2004Tracker,
  });
}

/** The LMS's view of the data model, write-only elements included. */
const lmsView = (lms: InstanceType<typeof Scorm2004API>) =>
  JSON.parse(JSON.stringify(lms.cmi)) as Record<string, string> & { score: Record<string, string> };

/** What an LMS keeps between sessions of one attempt, as flattened CMI. */
function kept(lms: InstanceType<typeof Scorm2004API>): Record<string, string> {
  const view = lmsView(lms);
  return {
    'cmi.entry': view.exit === 'suspend' ? 'resume' : '',
    'cmi.location': view.location ?? '',
    'cmi.suspend_data': view.suspend_data ?? '',
    'cmi.completion_status': view.completion_status ?? '',
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('SCORM 2004 tracker against scorm-again', () => {
  it('runs a first launch without a single failed call: progress, location, commit, terminate', async () => {
    const run = launch();
    await run.tracker.start(course);
    run.save(progress(['greeting']));
    vi.advanceTimersByTime(DEFAULT_DEBOUNCE_MS);
    expect(run.count('Commit')).toBe(1);

    expect(run.value('cmi.completion_status')).toBe('incomplete');
    expect(run.value('cmi.success_status')).toBe('unknown');
    // One of three lessons, and the final assessment still to come: one step of four.
    expect(run.value('cmi.progress_measure')).toBe('0.25');
    expect(run.value('cmi.location')).toBe('listening#charlie-section');
    expect(decodeSuspendData(run.value('cmi.suspend_data')).kind).toBe('ok');

    run.clock.now = T0 + 3_723_450;
    run.tracker.finish();
    run.tracker.finish();
    expect(run.count('Terminate')).toBe(1);
    expect(run.sent('cmi.session_time').at(-1)).toBe('PT1H2M3.45S');
    expect(lmsView(run.lms).exit).toBe('suspend');
    expect(failures(run.calls)).toEqual([]);
    expect(run.warn).not.toHaveBeenCalled();
  });

  it('resumes the same attempt on relaunch', async () => {
    const first = launch();
    await first.tracker.start(course);
    first.save(progress(['greeting']));
    first.tracker.finish();

    const second = launch(kept(first.lms));
    await second.tracker.start(course);
    expect(second.tracker.resumeLocation()).toBe('listening#charlie-section');
    const restored = second.tracker.storage.getItem(PROGRESS_KEY) as { state: ProgressData } | null;
    expect(restored?.state).toEqual(progress(['greeting']));
    second.tracker.finish();
    expect(failures(second.calls)).toEqual([]);
  });

  it('reports completed and passed, with raw and scaled score, when the course is done', async () => {
    const run = launch();
    await run.tracker.start(course);
    run.save(progress(['greeting', 'listening', 'follow-up'], [0.6, 0.9]));
    run.tracker.finish();
    const view = lmsView(run.lms);
    expect(view.completion_status).toBe('completed');
    expect(view.success_status).toBe('passed');
    expect(view.progress_measure).toBe('1');
    expect(view.score).toMatchObject({ scaled: '0.9', raw: '90', min: '0', max: '100' });
    expect(view.exit).toBe('normal');
    expect(failures(run.calls)).toEqual([]);
  });

  it('reports failed but incomplete after a failed attempt, and passed but incomplete before the last lesson', async () => {
    const failed = launch();
    await failed.tracker.start(course);
    failed.save(progress(['greeting', 'listening', 'follow-up'], [0.5]));
    failed.tracker.finish();
    expect(lmsView(failed.lms)).toMatchObject({ completion_status: 'incomplete', success_status: 'failed' });

    const early = launch();
    await early.tracker.start(course);
    early.save(progress(['greeting'], [0.95]));
    early.tracker.finish();
    expect(lmsView(early.lms)).toMatchObject({ completion_status: 'incomplete', success_status: 'passed' });
    expect(failures([...failed.calls, ...early.calls])).toEqual([]);
  });

  it('reads nothing it need not on a first launch, and is quiet when an LMS leaves cmi.entry empty', async () => {
    const run = launch({});
    await run.tracker.start(course);
    // scorm-again answers 403 ("not initialised") for empty suspend data: that means "nothing saved".
    expect(run.calls.filter((c) => c.error !== '0').map((c) => c.args[0])).toEqual([
      'cmi.suspend_data',
      'cmi.location',
      'cmi.completion_status',
      'cmi.success_status',
      'cmi.score.raw',
      'cmi.score.scaled',
      'cmi.progress_measure',
    ]);
    expect(run.tracker.storage.getItem(PROGRESS_KEY)).toBeNull();
    expect(run.warn).not.toHaveBeenCalled();
    run.tracker.finish();
  });

  it('does not change status or score in review mode', async () => {
    const run = launch({ 'cmi.entry': 'resume', 'cmi.mode': 'review', 'cmi.completion_status': 'completed' });
    await run.tracker.start(course);
    run.save(progress(['greeting']));
    run.tracker.finish();
    expect(run.sent('cmi.completion_status')).toEqual([]);
    expect(run.sent('cmi.score.scaled')).toEqual([]);
  });
});

describe('SCORM 2004 statuses', () => {
  const base = {
    lessonsCompleted: 1,
    lessonsTotal: 3,
    passed: false,
    attempted: false,
    complete: false,
    location: '',
  };
  it('keeps completion and success apart', () => {
    expect(scorm2004Statuses(base)).toEqual({ completion: 'incomplete', success: 'unknown' });
    expect(scorm2004Statuses({ ...base, attempted: true })).toEqual({
      completion: 'incomplete',
      success: 'failed',
    });
    expect(scorm2004Statuses({ ...base, attempted: true, passed: true })).toEqual({
      completion: 'incomplete',
      success: 'passed',
    });
    expect(scorm2004Statuses({ ...base, attempted: true, passed: true, complete: true })).toEqual({
      completion: 'completed',
      success: 'passed',
    });
  });
});
