import { sampleAssignment } from '../../../tests/fixtures/completion-records';
import {
  courseProgress,
  emptyProgress,
  lessonCompletion,
  lessonStatus,
  mergeProgress,
  neighbours,
  resumeTarget,
} from './progress';
import type { LessonOutline, ProgressData } from './progress';

const lesson = (
  slug: string,
  order: number,
  activities: LessonOutline['activities'] = [],
): LessonOutline => ({
  slug,
  title: slug,
  order,
  minutes: 10,
  sections: [
    { id: 'intro', title: 'Intro' },
    { id: 'middle', title: 'Middle' },
  ],
  activities,
});

const T1 = '2026-01-01T10:00:00.000Z';
const T2 = '2026-01-02T10:00:00.000Z';
const quiz = { id: 'a-quiz', kind: 'quiz', required: true };
const extra = { id: 'a-extra', kind: 'reflection', required: false };
const course = [lesson('b', 2), lesson('a', 1, [quiz, extra]), lesson('c', 3)];

function withLesson(
  data: ProgressData,
  slug: string,
  patch: Partial<ProgressData['lessons'][string]>,
): ProgressData {
  return {
    ...data,
    lessons: { ...data.lessons, [slug]: { timeSpentMs: 0, reachedEnd: false, updatedAt: T1, ...patch } },
  };
}

describe('lesson completion', () => {
  it('needs the end reached and every required activity done', () => {
    const a = course[1]!;
    let data = withLesson(emptyProgress(), 'a', { startedAt: T1, reachedEnd: true });
    expect(lessonCompletion(a, data)).toMatchObject({ complete: false, reachedEnd: true, missing: [quiz] });
    data = {
      ...data,
      activities: {
        'a-quiz': { lesson: 'a', kind: 'quiz', attempts: 1, answers: {}, completed: true, updatedAt: T1 },
      },
    };
    expect(lessonCompletion(a, data)).toMatchObject({ complete: true, missing: [] });
  });

  it('is not complete when activities are done but the end was not reached', () => {
    const data: ProgressData = {
      ...emptyProgress(),
      activities: {
        'a-quiz': { lesson: 'a', kind: 'quiz', attempts: 1, answers: {}, completed: true, updatedAt: T1 },
      },
    };
    expect(lessonCompletion(course[1]!, data).complete).toBe(false);
    expect(lessonStatus(course[1]!, data)).toBe('in-progress');
  });

  it('stays complete once a completion time is recorded', () => {
    const data = withLesson(emptyProgress(), 'a', { completedAt: T1 });
    expect(lessonStatus(course[1]!, data)).toBe('complete');
  });

  it('reports not started, in progress and complete', () => {
    expect(lessonStatus(course[0]!, emptyProgress())).toBe('not-started');
    expect(lessonStatus(course[0]!, withLesson(emptyProgress(), 'b', { startedAt: T1 }))).toBe('in-progress');
    expect(lessonStatus(course[0]!, withLesson(emptyProgress(), 'b', { reachedEnd: true }))).toBe('complete');
  });
});

describe('course progress', () => {
  it('counts complete lessons and the minutes left', () => {
    const data = withLesson(emptyProgress(), 'b', { reachedEnd: true });
    expect(courseProgress(course, data)).toEqual({
      completed: 1,
      total: 3,
      fraction: 1 / 3,
      minutesLeft: 20,
    });
  });
  it('is zero for an empty course', () => {
    expect(courseProgress([], emptyProgress()).fraction).toBe(0);
  });
});

describe('resume target', () => {
  it('starts a new learner at the first lesson in course order', () => {
    expect(resumeTarget(course, emptyProgress())).toEqual({ slug: 'a', fresh: true });
  });

  it('returns to the last lesson and section the learner had open', () => {
    let data = withLesson(emptyProgress(), 'c', { startedAt: T1, lastSection: 'middle' });
    data = { ...data, lastLesson: { slug: 'c', at: T1 } };
    expect(resumeTarget(course, data)).toEqual({ slug: 'c', section: 'middle', fresh: false });
  });

  it('ignores a saved section the lesson no longer has', () => {
    let data = withLesson(emptyProgress(), 'c', { startedAt: T1, lastSection: 'gone' });
    data = { ...data, lastLesson: { slug: 'c', at: T1 } };
    expect(resumeTarget(course, data)).toEqual({ slug: 'c', fresh: false });
  });

  it('moves on to the first incomplete lesson when the last one is complete', () => {
    let data = withLesson(emptyProgress(), 'b', { reachedEnd: true, lastSection: 'middle' });
    data = { ...data, lastLesson: { slug: 'b', at: T1 } };
    expect(resumeTarget(course, data)).toEqual({ slug: 'a', fresh: false });
  });

  it('is null when everything is complete', () => {
    let data = emptyProgress();
    for (const slug of ['a', 'b', 'c']) data = withLesson(data, slug, { completedAt: T1 });
    expect(resumeTarget(course, data)).toBeNull();
  });
});

describe('neighbours', () => {
  it('gives previous and next in course order', () => {
    const n = neighbours(course, 'b');
    expect(n.previous?.slug).toBe('a');
    expect(n.next?.slug).toBe('c');
    expect(neighbours(course, 'a').previous).toBeUndefined();
    expect(neighbours(course, 'zzz')).toEqual({});
  });
});

describe('merging two tabs', () => {
  const tabA = withLesson(
    withLesson(emptyProgress(), 'a', { completedAt: T1, reachedEnd: true, updatedAt: T1 }),
    'b',
    {
      lastSection: 'intro',
      timeSpentMs: 5000,
      updatedAt: T1,
    },
  );
  const tabB = withLesson(emptyProgress(), 'b', {
    lastSection: 'middle',
    timeSpentMs: 3000,
    startedAt: T2,
    completedAt: T2,
    updatedAt: T2,
  });

  it('never loses a lesson completed in either tab', () => {
    const merged = mergeProgress(tabB, tabA);
    expect(merged.lessons.a?.completedAt).toBe(T1);
    expect(merged.lessons.b?.completedAt).toBe(T2);
  });

  it('takes the newer section and the larger time spent', () => {
    const merged = mergeProgress(tabA, tabB);
    expect(merged.lessons.b).toMatchObject({ lastSection: 'middle', timeSpentMs: 5000, updatedAt: T2 });
  });

  it('is order independent and idempotent', () => {
    expect(mergeProgress(tabA, tabB)).toEqual(mergeProgress(tabB, tabA));
    const once = mergeProgress(tabA, tabB);
    expect(mergeProgress(once, tabB)).toEqual(once);
  });

  it('keeps an activity completed even if the other tab has a newer retry', () => {
    const done: ProgressData = {
      ...emptyProgress(),
      activities: {
        q: { lesson: 'a', kind: 'quiz', attempts: 2, answers: 'old', completed: true, updatedAt: T1 },
      },
    };
    const retry: ProgressData = {
      ...emptyProgress(),
      activities: {
        q: { lesson: 'a', kind: 'quiz', attempts: 1, answers: 'new', completed: false, updatedAt: T2 },
      },
    };
    expect(mergeProgress(done, retry).activities.q).toMatchObject({
      answers: 'new',
      completed: true,
      attempts: 2,
    });
  });

  it('keeps the most recent last lesson', () => {
    const a = { ...emptyProgress(), lastLesson: { slug: 'a', at: T1 } };
    const b = { ...emptyProgress(), lastLesson: { slug: 'b', at: T2 } };
    expect(mergeProgress(a, b).lastLesson?.slug).toBe('b');
    expect(mergeProgress(b, a).lastLesson?.slug).toBe('b');
  });
});

describe('merging assessment attempts and assignments', () => {
  const attempt = (id: string, startedAt: string, submittedAt?: string) => ({
    id,
    startedAt,
    questionIds: ['q1'],
    responses: {},
    passMark: 0.8,
    ...(submittedAt ? { submittedAt, score: 0.9, passed: true } : {}),
  });

  it('keeps every attempt from both tabs once, preferring the submitted copy', () => {
    const a = { ...emptyProgress(), assessment: { attempts: [attempt('x', T1), attempt('y', T2)] } };
    const b = { ...emptyProgress(), assessment: { attempts: [attempt('x', T1, T2)] } };
    const merged = mergeProgress(a, b).assessment.attempts;
    expect(merged.map((t) => t.id)).toEqual(['x', 'y']);
    expect(merged[0]?.submittedAt).toBe(T2);
    expect(mergeProgress(b, a)).toEqual(mergeProgress(a, b));
  });

  it('keeps assignments accepted in either tab', () => {
    const a = {
      ...emptyProgress(),
      assignments: { one: { id: 'one', assignment: { ...sampleAssignment, id: 'one' }, acceptedAt: T1 } },
    };
    const b = {
      ...emptyProgress(),
      assignments: { two: { id: 'two', assignment: { ...sampleAssignment, id: 'two' }, acceptedAt: T2 } },
    };
    expect(Object.keys(mergeProgress(a, b).assignments).sort()).toEqual(['one', 'two']);
  });
});

describe('merging the shuffle seed', () => {
  it('keeps a seed either copy has, and picks the same one whichever way round two differ', () => {
    const a = { ...emptyProgress(), seed: 'b-seed' };
    const b = { ...emptyProgress(), seed: 'a-seed' };
    expect(mergeProgress(a, b).seed).toBe('a-seed');
    expect(mergeProgress(b, a).seed).toBe('a-seed');
    expect(mergeProgress(a, emptyProgress()).seed).toBe('b-seed');
    expect(mergeProgress(emptyProgress(), emptyProgress()).seed).toBeUndefined();
  });
});
