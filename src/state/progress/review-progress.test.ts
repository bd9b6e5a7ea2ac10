import type { LearningEvent } from '../../domain/course/learning-events';
import { emptyProgress } from '../../domain/course/progress';
import { onLearningEvent } from './learning-event-bus';
import { migrateProgress, PROGRESS_KEY, PROGRESS_VERSION } from './progress-schema';
import { createProgressStore } from './progress-store';
import { reviewActions } from './review-actions';
import { memoryStorage } from '../safe-storage';
import type { KeyValueStorage } from '../safe-storage';
import type { StorageIssue } from '../versioned-storage';

let now = '2026-03-04T09:00:00.000Z';
function setup(storage: KeyValueStorage = memoryStorage()) {
  const issues: StorageIssue[] = [];
  const store = createProgressStore({ storage, onIssue: (i) => issues.push(i), now: () => new Date(now) });
  return { store, issues, storage, review: reviewActions(store, () => new Date(now)) };
}

const started = { id: 'review-1', lessons: ['greeting', 'listening'], items: ['a-1', 'a-2'] };
const right = { attempts: 1, status: 'correct', credit: 1, response: { kind: 'truefalse', value: true } };
const wrong = { attempts: 1, status: 'incorrect', credit: 0, response: { kind: 'truefalse', value: false } };

describe('progress store: spaced review', () => {
  it('starts a set with its first answer and keeps its answers across a reload', () => {
    const storage = memoryStorage();
    setup(storage).review.answerReview(started, 'a-1', right);
    const again = setup(storage).store.getState();
    expect(again.review).toEqual({
      sets: [],
      open: { ...started, startedAt: now, questions: { 'a-1': right } },
    });
  });

  it('records a finished set with its time, clears the set under way and tells the trackers', () => {
    const events: LearningEvent[] = [];
    const stop = onLearningEvent((e) => events.push(e));
    const { store, storage, review } = setup();
    review.answerReview(started, 'a-1', right);
    review.answerReview(started, 'a-2', wrong);
    now = '2026-03-04T09:04:00.000Z';
    review.finishReview({ ...started, missed: ['a-2'], score: 0.5 });
    // Finishing twice (a double click, another tab) records it once.
    review.finishReview({ ...started, missed: ['a-2'], score: 0.5 });
    stop();
    const saved = setup(storage).store.getState().review;
    expect(saved).toEqual({
      sets: [{ ...started, missed: ['a-2'], score: 0.5, finishedAt: '2026-03-04T09:04:00.000Z' }],
    });
    expect(events.filter((e) => e.type === 'review-finished')).toEqual([
      {
        type: 'review-finished',
        review: 'review-1',
        lessons: ['greeting', 'listening'],
        questions: 2,
        score: 0.5,
        at: '2026-03-04T09:04:00.000Z',
      },
    ]);
    // A finished set takes no more answers.
    review.answerReview(started, 'a-1', wrong);
    expect(store.getState().review?.open).toBeUndefined();
  });

  it('reads a version 2 save (from before spaced review) as having no review sets, and saves as version 3', () => {
    const storage = memoryStorage();
    const v2 = emptyProgress();
    v2.lessons.greeting = { timeSpentMs: 0, reachedEnd: true, completedAt: now, updatedAt: now };
    storage.setItem(PROGRESS_KEY, JSON.stringify({ state: v2, version: 2 }));
    const { store, issues, review } = setup(storage);
    expect(issues).toEqual([]);
    expect(store.getState().lessons.greeting?.completedAt).toBe(now);
    expect(store.getState().review).toBeUndefined();
    review.answerReview(started, 'a-1', right);
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!).version).toBe(PROGRESS_VERSION);
  });

  it('sets aside one damaged review set and keeps the rest of the save', () => {
    const data = {
      ...emptyProgress(),
      review: {
        sets: [
          { id: 'review-1', finishedAt: now, lessons: ['greeting'], items: [], missed: [], score: 1 },
          { id: 'review-2', finishedAt: now, lessons: 'greeting', items: [], missed: [], score: 7 },
        ],
      },
    };
    const outcome = migrateProgress(data, PROGRESS_VERSION);
    expect(outcome).toEqual({
      kind: 'ok',
      data: { ...emptyProgress(), review: { sets: [data.review.sets[0]] } },
      setAside: ['review set 2'],
    });
  });

  it('forgets review sets on reset', () => {
    const { store, review } = setup();
    review.answerReview(started, 'a-1', right);
    store.getState().resetProgress();
    expect(store.getState().review).toBeUndefined();
  });

  it('merges two tabs without losing a set finished in either', () => {
    const storage = memoryStorage();
    const { store: a, review: reviewA } = setup(storage);
    const { store: b, review: reviewB } = setup(memoryStorage());
    reviewA.finishReview({ ...started, missed: [], score: 1 });
    reviewB.answerReview({ ...started, id: 'review-2' }, 'a-1', right);
    b.getState().mergeFrom({ ...emptyProgress(), review: a.getState().review! });
    expect(b.getState().review?.sets.map((s) => s.id)).toEqual(['review-1']);
    expect(b.getState().review?.open?.id).toBe('review-2');
  });
});
