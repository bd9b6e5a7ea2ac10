import { sampleAssignment } from '../../../tests/fixtures/completion-records';
import { act } from '@testing-library/react';
import { emptyProgress } from '../../domain/course/progress';
import { migrateProgress, PROGRESS_KEY, PROGRESS_VERSION } from './progress-schema';
import { createProgressStore, listenToOtherTabs, pickData } from './progress-store';
import { memoryStorage, probeLocalStorage } from '../safe-storage';
import type { KeyValueStorage } from '../safe-storage';
import type { StorageIssue } from '../versioned-storage';

const serialise = (state: unknown, version = PROGRESS_VERSION) => JSON.stringify({ state, version });

const clock =
  (iso = '2026-03-01T09:00:00.000Z') =>
  () =>
    new Date(iso);

function setup(storage: KeyValueStorage | null = memoryStorage(), now = clock()) {
  const issues: StorageIssue[] = [];
  const store = createProgressStore({ storage, onIssue: (i) => issues.push(i), now });
  return { store, issues, storage };
}

const savedV1 = {
  state: {
    completedLessons: ['greeting'],
    lastLesson: 'listening',
    lastSection: { listening: 'charlie-section' },
  },
  version: 1,
};

describe('progress store: saving and loading', () => {
  it('keeps the lessons a sitting of the assessment was narrowed to, in a new session', () => {
    const storage = memoryStorage();
    setup(storage)
      .store.getState()
      .saveAttempt({
        id: 'narrow',
        startedAt: '2026-03-01T09:00:00.000Z',
        questionIds: ['q1'],
        responses: {},
        passMark: 0.8,
        lessons: ['greeting', 'follow-up'],
      });
    const again = setup(storage).store.getState();
    expect(again.assessment.attempts[0]?.lessons).toEqual(['greeting', 'follow-up']);
  });

  it('saves lesson progress and reads it back in a new session', () => {
    const storage = memoryStorage();
    const first = setup(storage).store;
    first.getState().startLesson('greeting');
    first.getState().visitSection('greeting', 'bravo-section');
    first.getState().addTime('greeting', 1500);
    first.getState().saveActivity('q1', {
      lesson: 'greeting',
      kind: 'quiz',
      answers: { a: 1 },
      completed: true,
      score: 0.5,
      attempt: true,
    });

    const second = setup(storage).store.getState();
    expect(second.lessons.greeting).toMatchObject({
      lastSection: 'bravo-section',
      timeSpentMs: 1500,
      startedAt: expect.any(String),
    });
    expect(second.activities.q1).toMatchObject({
      attempts: 1,
      answers: { a: 1 },
      completed: true,
      score: 0.5,
    });
    expect(second.lastLesson?.slug).toBe('greeting');
  });

  it('migrates a saved version 1 shape to the current version', () => {
    const storage = memoryStorage();
    storage.setItem(PROGRESS_KEY, JSON.stringify(savedV1));
    const { store, issues } = setup(storage);
    expect(issues).toEqual([]);
    const state = store.getState();
    expect(state.lessons.greeting?.completedAt).toBeDefined();
    expect(state.lessons.greeting?.reachedEnd).toBe(true);
    expect(state.lessons.listening).toMatchObject({ lastSection: 'charlie-section' });
    expect(state.lastLesson?.slug).toBe('listening');
  });

  it('has a migration for every version below the current one', () => {
    expect(PROGRESS_VERSION).toBe(3);
    expect(migrateProgress(savedV1.state, 1).kind).toBe('ok');
    expect(migrateProgress(emptyProgress(), 2).kind).toBe('ok');
    expect(migrateProgress({ completedLessons: 'nope' }, 1)).toEqual({
      kind: 'unreadable',
      reason: expect.stringContaining('version 1'),
    });
  });

  it('recognises a save from a newer version without throwing', () => {
    expect(migrateProgress(emptyProgress(), PROGRESS_VERSION + 1)).toEqual({
      kind: 'newer',
      version: PROGRESS_VERSION + 1,
    });
  });
});

describe('progress store: bad conditions', () => {
  it('keeps corrupt JSON under a backup key, starts fresh and reports it', () => {
    const storage = memoryStorage();
    storage.setItem(PROGRESS_KEY, '{"state": {"lessons": [oops');
    const { store, issues } = setup(storage, clock());
    expect(store.getState().lessons).toEqual({});
    expect(issues).toHaveLength(1);
    const issue = issues[0]!;
    expect(issue.kind).toBe('recovered');
    if (issue.kind !== 'recovered') return;
    expect(storage.getItem(issue.backupKey!)).toBe('{"state": {"lessons": [oops');
    expect(issue.backupKey!.startsWith(`${PROGRESS_KEY}:backup:`)).toBe(true);
    // The fresh start is saved at once (its shuffle seed), in place of the unreadable text.
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!)).toEqual({
      state: { ...emptyProgress(), seed: store.getState().seed },
      version: PROGRESS_VERSION,
    });
  });

  it('sets aside valid JSON of an unknown shape or version', () => {
    for (const raw of ['[1,2,3]', '{"state": {"lessons": 5}, "version": 2}', '{"state": {}, "version": 0}']) {
      const storage = memoryStorage();
      storage.setItem(PROGRESS_KEY, raw);
      const { issues } = setup(storage);
      expect(issues.map((i) => i.kind)).toEqual(['recovered']);
      const backupKey = issues[0]?.kind === 'recovered' ? issues[0].backupKey : '';
      expect(storage.getItem(backupKey!)).toBe(raw);
    }
  });

  it('leaves a save from a newer version untouched, says so, and keeps this session in memory', () => {
    const storage = memoryStorage();
    const raw = JSON.stringify({ state: { lessons: {}, future: true }, version: PROGRESS_VERSION + 1 });
    storage.setItem(PROGRESS_KEY, raw);
    const { store, issues } = setup(storage);
    expect(issues).toEqual([{ kind: 'newer', key: PROGRESS_KEY, version: PROGRESS_VERSION + 1 }]);
    store.getState().startLesson('greeting');
    expect(store.getState().lessons.greeting).toBeDefined();
    expect(storage.getItem(PROGRESS_KEY)).toBe(raw);
    expect(Object.keys(localStorageKeys(storage))).toEqual([PROGRESS_KEY]);
  });

  it('loses only the entry that does not validate, keeping a copy of the whole save', () => {
    const storage = memoryStorage();
    const good = { timeSpentMs: 5, reachedEnd: true, completedAt: 'c', updatedAt: 'u' };
    const raw = serialise({
      ...emptyProgress(),
      lessons: { greeting: good, listening: { timeSpentMs: 'lots' } },
      activities: {
        q1: { lesson: 'greeting', kind: 'quiz', attempts: 1, answers: {}, completed: true, updatedAt: 'u' },
        q2: 'broken',
      },
      assessment: { attempts: [{ id: 'a1' }] },
    });
    storage.setItem(PROGRESS_KEY, raw);
    const { store, issues } = setup(storage);
    expect(store.getState().lessons).toEqual({ greeting: good });
    expect(Object.keys(store.getState().activities)).toEqual(['q1']);
    expect(issues).toHaveLength(1);
    const issue = issues[0]!;
    expect(issue).toMatchObject({
      kind: 'recovered',
      reason: expect.stringMatching(/lesson “listening”.*activity “q2”.*attempt 1/),
    });
    expect(storage.getItem(issue.kind === 'recovered' ? issue.backupKey! : '')).toBe(raw);
  });

  it('sets aside answers nested 20,000 deep without overflowing the stack', () => {
    const storage = memoryStorage();
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    const activity = `{"lesson":"greeting","kind":"quiz","attempts":1,"completed":true,"updatedAt":"u","answers":${deep}}`;
    storage.setItem(PROGRESS_KEY, `{"version":2,"state":{"lessons":{},"activities":{"deep":${activity}}}}`);
    const { store, issues } = setup(storage);
    expect(store.getState().activities).toEqual({});
    expect(issues.map((i) => i.kind)).toEqual(['recovered']);
    expect(() => store.getState().startLesson('greeting')).not.toThrow();
  });

  it('works in memory and says so when storage is unavailable', () => {
    const { store, issues } = setup(null);
    expect(issues).toEqual([{ kind: 'unavailable' }]);
    store.getState().startLesson('greeting');
    expect(store.getState().lessons.greeting).toBeDefined();
  });

  it('reads the saved progress from a full localStorage, and says when saving fails', () => {
    const saved = {
      ...emptyProgress(),
      lessons: { greeting: { timeSpentMs: 1, reachedEnd: true, updatedAt: 'u' } },
    };
    localStorage.setItem(PROGRESS_KEY, serialise(saved));
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    try {
      const { store, issues } = setup(probeLocalStorage());
      expect(store.getState().lessons.greeting).toEqual(saved.lessons.greeting);
      store.getState().startLesson('listening');
      expect(issues).toEqual([{ kind: 'full' }]);
      expect(store.getState().lessons.listening).toBeDefined();
    } finally {
      setItem.mockRestore();
    }
  });

  it('moves a large unreadable save aside in a full storage, and is not stuck on the next load', () => {
    const big = `{"state": ${'x'.repeat(5000)}`;
    const storage = boundedStorage(big.length + 100);
    storage.setItem(PROGRESS_KEY, big);
    const { issues } = setup(storage);
    const issue = issues[0];
    expect(issue?.kind).toBe('recovered');
    const backupKey = issue?.kind === 'recovered' ? issue.backupKey : null;
    expect(backupKey).not.toBeNull();
    expect(storage.getItem(backupKey!)).toBe(big);
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
    // Nothing is set aside again; the storage is still full, which the learner hears at once, because
    // even the new learner's shuffle seed cannot be saved.
    const next = setup(storage);
    expect(next.issues).toEqual([{ kind: 'full' }]);
  });

  it('says the copy could not be kept (and offers the text) when there is no room even for that', () => {
    const big = `{"state": ${'x'.repeat(5000)}`;
    const storage = boundedStorage(PROGRESS_KEY.length + big.length + 5);
    storage.setItem(PROGRESS_KEY, big);
    const { issues } = setup(storage);
    expect(issues).toEqual([
      { kind: 'recovered', key: PROGRESS_KEY, backupKey: null, reason: expect.any(String), raw: big },
    ]);
    expect(setup(storage).issues).toEqual([]);
  });

  it('keeps working in memory when storage is full', () => {
    const full: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const { store, issues } = setup(full);
    expect(() => store.getState().startLesson('greeting')).not.toThrow();
    expect(issues).toEqual([{ kind: 'full' }]);
    store.getState().visitSection('greeting', 'alpha-section');
    expect(store.getState().lessons.greeting?.lastSection).toBe('alpha-section');
  });
});

/** A storage that refuses writes past `room` characters in all, as a full browser does. */
function boundedStorage(room: number): KeyValueStorage {
  const map = new Map<string, string>();
  const used = () => [...map].reduce((sum, [k, v]) => sum + k.length + v.length, 0);
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      const without = used() - (map.has(key) ? key.length + map.get(key)!.length : 0);
      if (without + key.length + value.length > room) throw new DOMException('quota', 'QuotaExceededError');
      map.set(key, value);
    },
    removeItem: (key) => void map.delete(key),
  };
}

const localStorageKeys = (storage: KeyValueStorage) =>
  Object.fromEntries(
    [PROGRESS_KEY, `${PROGRESS_KEY}:backup:`].flatMap((k) =>
      storage.getItem(k) === null ? [] : [[k, true]],
    ),
  );

describe('progress store: two tabs', () => {
  it('does not erase a lesson another tab completed when this tab writes', () => {
    const storage = memoryStorage();
    const tabA = setup(storage).store;
    const tabB = setup(storage).store;
    tabA.getState().completeLesson('greeting');
    tabB.getState().startLesson('listening');
    const saved = setup(storage).store.getState();
    expect(saved.lessons.greeting?.completedAt).toBeDefined();
    expect(saved.lessons.listening?.startedAt).toBeDefined();
  });

  it('shows another tab’s change through the storage event', () => {
    const { store } = setup(memoryStorage());
    const stop = listenToOtherTabs(store);
    const other = {
      ...emptyProgress(),
      lessons: { follow: { timeSpentMs: 0, reachedEnd: true, completedAt: 'x', updatedAt: 'y' } },
    };
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: PROGRESS_KEY, newValue: serialise(other) }));
    });
    expect(store.getState().lessons.follow?.completedAt).toBe('x');
    window.dispatchEvent(new StorageEvent('storage', { key: PROGRESS_KEY, newValue: 'garbage' }));
    expect(pickData(store.getState()).lessons.follow).toBeDefined();
    stop();
  });
});

describe('progress store: assessment and assignments', () => {
  it('saves attempts and accepted assignments across sessions', () => {
    const storage = memoryStorage();
    const { store } = setup(storage);
    store
      .getState()
      .saveAttempt({ id: 'a1', startedAt: 't', questionIds: ['q'], responses: { q: 1 }, passMark: 0.8 });
    store.getState().saveAttempt({
      id: 'a1',
      startedAt: 't',
      questionIds: ['q'],
      responses: { q: 1 },
      passMark: 0.8,
      submittedAt: 'u',
      score: 1,
      passed: true,
    });
    store.getState().acceptAssignment('as1', { ...sampleAssignment, id: 'as1', group: 'North' });
    store.getState().acceptAssignment('as1', { ...sampleAssignment, id: 'as1', group: 'changed' });
    const again = setup(storage).store.getState();
    expect(again.assessment.attempts).toEqual([
      expect.objectContaining({ id: 'a1', passed: true, score: 1 }),
    ]);
    expect(again.assignments.as1).toMatchObject({ assignment: { group: 'North' } });
  });
});

describe('progress store: learning events for trackers', () => {
  it('publishes what the learner did, once each', async () => {
    const { onLearningEvent } = await import('./learning-event-bus');
    const seen: string[] = [];
    const stop = onLearningEvent((e) =>
      seen.push(e.type === 'lesson-progressed' ? `${e.type}:${e.section}` : e.type),
    );
    const { store } = setup();
    const s = store.getState();
    s.startLesson('greeting');
    s.startLesson('greeting');
    s.visitSection('greeting', 'alpha');
    s.visitSection('greeting', 'alpha');
    s.saveActivity('q', {
      lesson: 'greeting',
      kind: 'quiz',
      answers: {},
      completed: true,
      score: 1,
      events: [
        {
          type: 'question-answered',
          lesson: 'greeting',
          activity: 'q',
          question: 'q1',
          response: 'A',
          correct: true,
          credit: 1,
        },
      ],
    });
    s.saveActivity('q', { lesson: 'greeting', kind: 'quiz', answers: {}, completed: true });
    s.completeLesson('greeting');
    s.completeLesson('greeting');
    s.saveAttempt({ id: 'x', startedAt: 't', questionIds: [], responses: {}, passMark: 0.8 });
    s.saveAttempt({
      id: 'x',
      startedAt: 't',
      questionIds: [],
      responses: {},
      passMark: 0.8,
      submittedAt: 'u',
      score: 0.9,
      passed: true,
    });
    stop();
    expect(seen).toEqual([
      'lesson-started',
      'lesson-progressed:alpha',
      'question-answered',
      'activity-completed',
      'lesson-completed',
      'assessment-submitted',
    ]);
  });
});

describe('progress store: the shuffle seed', () => {
  it('makes a seed for a new learner, saves it with the first save and keeps it in the next session', () => {
    const storage = memoryStorage();
    const first = createProgressStore({ storage, onIssue: () => {}, makeSeed: () => 'seed-one' });
    expect(first.getState().seed).toBe('seed-one');
    first.getState().startLesson('greeting');
    const second = createProgressStore({ storage, onIssue: () => {}, makeSeed: () => 'seed-two' });
    expect(second.getState().seed).toBe('seed-one');
  });

  it('saves a new learner’s seed as soon as it is made, so a reload before any answer keeps it', () => {
    const storage = memoryStorage();
    const first = createProgressStore({ storage, onIssue: () => {}, makeSeed: () => 'seed-one' });
    expect(first.getState().seed).toBe('seed-one');
    // Nothing saved yet: the learner has only looked. The next session (a reload) still has the seed.
    const second = createProgressStore({ storage, onIssue: () => {}, makeSeed: () => 'seed-two' });
    expect(second.getState().seed).toBe('seed-one');
  });

  it('saves it at once when loading waits for start-up too (the app’s own store)', async () => {
    const storage = memoryStorage();
    const first = createProgressStore({
      storage,
      onIssue: () => {},
      makeSeed: () => 'seed-one',
      skipHydration: true,
    });
    await first.persist.rehydrate();
    const second = createProgressStore({
      storage,
      onIssue: () => {},
      makeSeed: () => 'seed-two',
      skipHydration: true,
    });
    await second.persist.rehydrate();
    expect(second.getState().seed).toBe('seed-one');
  });

  it('gives an older save without a seed a new one, saves it at once, and never loses the rest', () => {
    const storage = memoryStorage();
    const old = { ...emptyProgress(), lastLesson: { slug: 'greeting', at: '2026-03-01T09:00:00.000Z' } };
    storage.setItem(PROGRESS_KEY, serialise(old));
    const store = createProgressStore({ storage, onIssue: () => {}, makeSeed: () => 'fresh' });
    expect(pickData(store.getState())).toEqual({ ...old, seed: 'fresh' });
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!)).toEqual({
      state: { ...old, seed: 'fresh' },
      version: PROGRESS_VERSION,
    });
  });

  it('leaves a save that has a seed as it was on loading', () => {
    const storage = memoryStorage();
    const saved = serialise({ ...emptyProgress(), seed: 'kept' });
    storage.setItem(PROGRESS_KEY, saved);
    const store = createProgressStore({ storage, onIssue: () => {}, makeSeed: () => 'fresh' });
    expect(store.getState().seed).toBe('kept');
    expect(storage.getItem(PROGRESS_KEY)).toBe(saved);
  });

  it('accepts a seed in a saved shape and settles two tabs on the same seed', () => {
    const result = migrateProgress({ ...emptyProgress(), seed: 'abc' }, PROGRESS_VERSION);
    expect(result).toMatchObject({ kind: 'ok', data: { seed: 'abc' } });
  });
});
