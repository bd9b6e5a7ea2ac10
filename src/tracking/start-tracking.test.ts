import { Scorm12API, Scorm2004API } from 'scorm-again';
import { checkedApi, failures } from '../../tests/unit/scorm-checked-api';
import { emptyProgress } from '../domain/course/progress';
import type { ProgressData } from '../domain/course/progress';
import { decodeSuspendData, encodeSuspendData } from '../domain/lms/suspend-data';
import { PROGRESS_KEY, PROGRESS_VERSION } from '../state/progress/progress-schema';
import { createProgressStore, pickData } from '../state/progress/progress-store';
import type { LmsIssue } from '../state/notices-store';
import { memoryStorage } from '../state/safe-storage';
import type { StorageIssue } from '../state/versioned-storage';

const serialise = (state: ProgressData) => JSON.stringify({ state, version: PROGRESS_VERSION });
import { DEFAULT_DEBOUNCE_MS } from './scorm-runtime';
import { startTracking } from './start-tracking';
import type { Tracking } from './start-tracking';
import type { CourseSummary } from './tracker';

const course: CourseSummary = {
  lessons: [
    { slug: 'greeting', title: 'Greeting' },
    { slug: 'listening', title: 'Listening' },
  ],
  passMark: 0.8,
};

function lessonAt(slug: string, section: string, at: string): ProgressData {
  const data = emptyProgress();
  data.lessons[slug] = {
    startedAt: at,
    timeSpentMs: 30_000,
    lastSection: section,
    reachedEnd: false,
    updatedAt: at,
  };
  data.lastLesson = { slug, at };
  return data;
}

/**
 * A progress store, made as the app makes it (it waits to load), whose browser copy (a localStorage
 * stand-in) holds `local`. `hydrations` counts how many times it loads.
 */
function storeWith(local: ProgressData | null) {
  const browser = memoryStorage();
  if (local) browser.setItem(PROGRESS_KEY, serialise(local));
  const issues: (StorageIssue | LmsIssue)[] = [];
  const store = createProgressStore({
    storage: browser,
    onIssue: (issue) => issues.push(issue),
    skipHydration: true,
  });
  const loads = { count: 0 };
  store.persist.onHydrate(() => {
    loads.count += 1;
  });
  return { store, browser, issues, loads };
}

type Win = Window & { API?: unknown; API_1484_11?: unknown };
const win = window as Win;
let running: Tracking | null = null;

afterEach(() => {
  running?.stop();
  running = null;
  delete win.API;
  delete win.API_1484_11;
});

describe('starting tracking', () => {
  it('in an LMS, loads progress from suspend data instead of this browser, and reports changes', async () => {
    const inLms = lessonAt('listening', 'charlie-section', '2026-03-02T09:00:00.000Z');
    const lms = new Scorm2004API({ logLevel: 5 });
    lms.loadFromFlattenedJSON({
      'cmi.entry': 'resume',
      'cmi.location': 'listening#charlie-section',
      'cmi.suspend_data': encodeSuspendData(inLms, { maxLength: 4000 }).text,
    });
    const checked = checkedApi(lms, () => lms.GetLastError());
    win.API_1484_11 = checked.api;
    const local = lessonAt('greeting', 'alpha-section', '2026-03-05T09:00:00.000Z');
    const { store, browser, issues, loads } = storeWith(local);
    // Before loading, the store is as a prerendered page shows it: empty, not even a shuffle seed yet.
    expect(pickData(store.getState())).toEqual(emptyProgress());

    vi.useFakeTimers();
    try {
      running = await startTracking({ course, store, win, warn: () => {}, onIssue: (i) => issues.push(i) });
      // Loaded once, from the LMS: this browser's copy never entered the store.
      expect(loads.count).toBe(1);
      expect(running.tracker.kind).toBe('scorm2004');
      expect(running.resume).toEqual({ slug: 'listening', section: 'charlie-section' });
      expect(pickData(store.getState())).toEqual({ ...inLms, seed: expect.any(String) });
      expect(issues).toEqual([]);

      store.getState().visitSection('listening', 'delta-section');
      vi.advanceTimersByTime(DEFAULT_DEBOUNCE_MS);
    } finally {
      vi.useRealTimers();
    }
    expect(lms.GetValue('cmi.location')).toBe('listening#delta-section');
    const saved = decodeSuspendData(lms.GetValue('cmi.suspend_data'));
    expect(saved.kind === 'ok' && saved.data.lessons.listening?.lastSection).toBe('delta-section');
    expect(saved.kind === 'ok' && saved.data.lessons.greeting).toBeUndefined();
    // The browser's own copy is left as it was.
    expect(JSON.parse(browser.getItem(PROGRESS_KEY)!)).toEqual(JSON.parse(serialise(local)));

    window.dispatchEvent(new Event('pagehide'));
    window.dispatchEvent(new Event('pagehide'));
    expect(checked.calls.filter((c) => c.name === 'Terminate')).toHaveLength(1);
    expect(failures(checked.calls)).toEqual([]);
  });

  it('in an LMS, keeps a new learner’s shuffle seed in suspend data before any answer, so a relaunch shows the same order', async () => {
    const lms = new Scorm12API({ logLevel: 5 });
    win.API = lms;
    const first = storeWith(null);
    running = await startTracking({ course, store: first.store, win, warn: () => {} });
    const seed = first.store.getState().seed;
    expect(seed).toEqual(expect.any(String));
    // The learner only looks, then reloads: leaving the page is the session's last commit.
    window.dispatchEvent(new Event('pagehide'));
    const kept = decodeSuspendData(lms.cmi.suspend_data);
    expect(kept.kind === 'ok' && kept.data.seed).toBe(seed);
    running.stop();

    const relaunch = new Scorm12API({ logLevel: 5 });
    relaunch.loadFromFlattenedJSON({ 'cmi.core.entry': 'resume', 'cmi.suspend_data': lms.cmi.suspend_data });
    win.API = relaunch;
    const second = storeWith(null);
    running = await startTracking({ course, store: second.store, win, warn: () => {} });
    expect(second.store.getState().seed).toBe(seed);
  });

  it('passes every learning event to the tracker', async () => {
    const lms = new Scorm12API({ logLevel: 5 });
    win.API = lms;
    const { store } = storeWith(null);
    running = await startTracking({ course, store, win, warn: () => {} });
    expect(running.tracker.kind).toBe('scorm12');
    expect(running.resume).toBeNull();
    const record = vi.spyOn(running.tracker, 'record');
    store.getState().startLesson('greeting');
    expect(record).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'lesson-started', lesson: 'greeting' }),
    );
    expect(lms.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete');
  });

  it('stays local, keeping this browser’s progress, when there is no LMS', async () => {
    const local = lessonAt('greeting', 'alpha-section', '2026-03-05T09:00:00.000Z');
    const { store, loads } = storeWith(local);
    const warn = vi.fn();
    running = await startTracking({ course, store, win, warn });
    expect(running.tracker.kind).toBe('local');
    expect(running.tracker.storage).toBeNull();
    expect(pickData(store.getState())).toEqual({ ...local, seed: expect.any(String) });
    expect(loads.count).toBe(1);
    expect(warn).not.toHaveBeenCalled();
  });

  it('falls back to local, and says why, when a forced LMS is missing or will not open a session', async () => {
    const warn = vi.fn();
    const local = lessonAt('greeting', 'alpha-section', '2026-03-05T09:00:00.000Z');
    const missing = storeWith(local);
    running = await startTracking({
      course,
      store: missing.store,
      win,
      forced: 'scorm12',
      warn,
      onIssue: (i) => missing.issues.push(i),
    });
    expect(running.tracker.kind).toBe('local');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/SCORM 1\.2 package, but no SCORM 1\.2 LMS/));
    // The learner is told, calmly, that progress is only kept in this browser; it loaded from there, once.
    expect(missing.issues).toEqual([{ kind: 'lms-unavailable', why: 'missing' }]);
    expect(pickData(missing.store.getState())).toEqual({ ...local, seed: expect.any(String) });
    expect(missing.loads.count).toBe(1);
    running.stop();

    const closed = new Scorm2004API({ logLevel: 5 });
    closed.Initialize('');
    closed.Terminate('');
    win.API_1484_11 = closed;
    warn.mockClear();
    running = await startTracking({ course, store: storeWith(null).store, win, warn });
    expect(running.tracker.kind).toBe('local');
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/^Progress is kept in this browser only: The LMS did not open/),
    );
  });
});
