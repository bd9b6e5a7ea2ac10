import { emptyProgress } from '../domain/course/progress';
import type { AssessmentAttempt } from '../domain/course/progress';
import { parseLocation } from './lms-location';
import { courseStatus, rawScore, scaled } from './scorm-status';

const course = {
  lessons: [
    { slug: 'a', title: 'A' },
    { slug: 'b', title: 'B' },
  ],
  passMark: 0.8,
};
const done = {
  timeSpentMs: 1,
  reachedEnd: true,
  completedAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const attempt = (
  id: string,
  score: number | undefined,
  extra: Partial<AssessmentAttempt> = {},
): AssessmentAttempt => ({
  id,
  startedAt: '2026-01-01T00:00:00.000Z',
  questionIds: [],
  responses: {},
  passMark: 0.8,
  submittedAt: '2026-01-01T00:10:00.000Z',
  ...(score === undefined ? {} : { score }),
  ...extra,
});

describe('course status for the LMS', () => {
  it('starts incomplete with no score and no location', () => {
    expect(courseStatus(course, emptyProgress())).toEqual({
      lessonsCompleted: 0,
      lessonsTotal: 2,
      passed: false,
      attempted: false,
      complete: false,
      location: '',
    });
  });

  it('is complete only with every lesson complete and a passed attempt, and reports the best score', () => {
    const data = emptyProgress();
    data.lessons.a = done;
    data.assessment.attempts = [attempt('1', 0.9, { passed: true })];
    expect(courseStatus(course, data)).toMatchObject({ complete: false, passed: true, score: 0.9 });
    data.lessons.b = done;
    data.assessment.attempts.push(attempt('2', 0.7, { passed: false }));
    expect(courseStatus(course, data)).toMatchObject({ complete: true, lessonsCompleted: 2, score: 0.9 });
  });

  it('ignores unsubmitted attempts and judges an unmarked attempt by its own pass mark', () => {
    const data = emptyProgress();
    const { submittedAt: _unsubmitted, ...open } = attempt('open', 1);
    data.assessment.attempts = [open];
    expect(courseStatus(course, data)).toMatchObject({ attempted: false, passed: false });
    expect(courseStatus(course, data).score).toBeUndefined();
    data.assessment.attempts.push(attempt('unmarked', 0.85));
    expect(courseStatus(course, data)).toMatchObject({ attempted: true, passed: true, score: 0.85 });
  });

  it('gives the location as slug#section of the last lesson', () => {
    const data = emptyProgress();
    data.lessons.b = { ...done, lastSection: 'why-it-matters' };
    data.lastLesson = { slug: 'b', at: '2026-01-01T00:00:00.000Z' };
    expect(courseStatus(course, data).location).toBe('b#why-it-matters');
    data.lastLesson = { slug: 'a', at: '2026-01-02T00:00:00.000Z' };
    expect(courseStatus(course, data).location).toBe('a');
  });
});

describe('locations and numbers', () => {
  it('reads a location back, and rejects what is not one', () => {
    expect(parseLocation('service-chain#who-serves-whom')).toEqual({
      slug: 'service-chain',
      section: 'who-serves-whom',
    });
    expect(parseLocation('service-chain')).toEqual({ slug: 'service-chain' });
    expect(parseLocation('')).toBeNull();
    expect(parseLocation('slide 12')).toBeNull();
  });

  it('writes scores the way SCORM reads them', () => {
    expect(rawScore(0.8567)).toBe('85.67');
    expect(rawScore(1)).toBe('100');
    expect(scaled(2 / 3)).toBe('0.6667');
    expect(scaled(1.2)).toBe('1');
  });
});
