import { courseEnd, courseOutline } from './outline';
import { emptyProgress } from './progress';
import type { AssessmentAttempt, LessonOutline, ProgressData } from './progress';

const lesson = (slug: string, order: number): LessonOutline => ({
  slug,
  title: `Lesson ${slug}`,
  order,
  minutes: 5,
  sections: [{ id: 'intro', title: 'Intro' }],
  activities: [],
});

// Given out of order on purpose: the outline follows `order`, not the array.
const course = [lesson('b', 2), lesson('c', 3), lesson('a', 1)];
const T = '2026-03-01T09:00:00.000Z';

function complete(data: ProgressData, ...slugs: string[]): ProgressData {
  const lessons = { ...data.lessons };
  for (const slug of slugs) {
    lessons[slug] = { timeSpentMs: 0, reachedEnd: true, startedAt: T, completedAt: T, updatedAt: T };
  }
  return { ...data, lessons };
}

function attempt(passed: boolean, score: number, submittedAt = T): AssessmentAttempt {
  return {
    id: `${passed}-${score}`,
    startedAt: T,
    questionIds: [],
    responses: {},
    passMark: 0.8,
    submittedAt,
    score,
    passed,
  };
}

const withAttempts = (data: ProgressData, ...attempts: AssessmentAttempt[]): ProgressData => ({
  ...data,
  assessment: { attempts },
});

describe('the course outline', () => {
  it('lists every lesson in course order, numbered, with its status and the current one marked', () => {
    let data = complete(emptyProgress(), 'a');
    data = {
      ...data,
      lessons: { ...data.lessons, b: { timeSpentMs: 0, reachedEnd: false, startedAt: T, updatedAt: T } },
    };
    const outline = courseOutline(course, data, 'b');
    expect(outline.items).toEqual([
      { slug: 'a', title: 'Lesson a', number: 1, status: 'complete', current: false },
      { slug: 'b', title: 'Lesson b', number: 2, status: 'in-progress', current: true },
      { slug: 'c', title: 'Lesson c', number: 3, status: 'not-started', current: false },
    ]);
    expect(outline).toMatchObject({
      completed: 1,
      total: 3,
      currentNumber: 2,
      assessment: { passed: false },
    });
  });

  it('marks no lesson current outside a lesson', () => {
    const outline = courseOutline(course, emptyProgress());
    expect(outline.items.filter((item) => item.current)).toEqual([]);
    expect(outline.currentNumber).toBeNull();
  });

  it('shows the final assessment as passed only after a passing attempt', () => {
    const failed = withAttempts(complete(emptyProgress(), 'a', 'b', 'c'), attempt(false, 0.5));
    expect(courseOutline(course, failed).assessment.passed).toBe(false);
    const passed = withAttempts(failed, attempt(false, 0.5), attempt(true, 0.9));
    expect(courseOutline(course, passed).assessment.passed).toBe(true);
  });
});

describe('the end of the course', () => {
  it('is still learning while any lesson is incomplete', () => {
    expect(courseEnd(course, complete(emptyProgress(), 'a', 'b'))).toEqual({ stage: 'learning' });
  });

  it('waits for the assessment once every lesson is complete, passed or failed attempts aside', () => {
    const data = withAttempts(complete(emptyProgress(), 'a', 'b', 'c'), attempt(false, 0.6));
    expect(courseEnd(course, data)).toEqual({ stage: 'assessment' });
  });

  it('is passed with the best passing score and the day it was passed', () => {
    const data = withAttempts(
      complete(emptyProgress(), 'a', 'b', 'c'),
      attempt(true, 0.85, '2026-03-02T10:00:00.000Z'),
      attempt(true, 0.95, '2026-03-04T10:00:00.000Z'),
    );
    expect(courseEnd(course, data)).toEqual({ stage: 'passed', score: 0.95, passedOn: '2026-03-04' });
  });

  it('does not count an attempt that was never submitted', () => {
    const unsubmitted = { ...attempt(true, 1), submittedAt: undefined } as unknown as AssessmentAttempt;
    const data = withAttempts(complete(emptyProgress(), 'a', 'b', 'c'), unsubmitted);
    expect(courseEnd(course, data).stage).toBe('assessment');
  });
});
