import { emptyProgress } from './progress';
import type { ProgressData, ReviewSetRecord } from './progress';
import {
  daysUntil,
  dueReview,
  lessonNumbersText,
  nextReview,
  reviewMinutes,
  reviewSteps,
  reviewSummary,
} from './review-schedule';
import type { Assignment } from '../assignments/assignment';

const lessons = [
  { slug: 'one', order: 1 },
  { slug: 'two', order: 2 },
  { slug: 'three', order: 3 },
];

/** A fixed clock: day 0 is 2026-03-02 09:00 UTC; `day(2.5)` is two and a half days later. */
const DAY0 = Date.parse('2026-03-02T09:00:00.000Z');
const day = (n: number) => new Date(DAY0 + n * 86_400_000);
const at = (n: number) => day(n).toISOString();

function completed(slugs: Record<string, number>, sets: ReviewSetRecord[] = []): ProgressData {
  const data = emptyProgress();
  for (const [slug, when] of Object.entries(slugs))
    data.lessons[slug] = { timeSpentMs: 1, reachedEnd: true, completedAt: at(when), updatedAt: at(when) };
  if (sets.length > 0) data.review = { sets };
  return data;
}

const finished = (id: string, when: number, slugs: string[]): ReviewSetRecord => ({
  id,
  finishedAt: at(when),
  lessons: slugs,
  items: ['a-1'],
  missed: [],
  score: 1,
});

describe('when spaced review sets fall due', () => {
  it('has nothing due before a lesson is complete, or before two days have passed', () => {
    expect(dueReview(lessons, emptyProgress(), day(40))).toBeNull();
    const data = completed({ one: 0 });
    expect(dueReview(lessons, data, day(1.99))).toBeNull();
    expect(dueReview(lessons, data, day(2))).toEqual({ id: 'review-1', lessons: ['one'], started: false });
  });

  it('schedules each lesson 2, 7 and 30 days after its completion, then nothing', () => {
    const data = completed({ one: 0 });
    expect(reviewSteps(lessons, data)).toEqual([{ slug: 'one', done: 0, dueAt: at(2) }]);
    data.review = { sets: [finished('review-1', 2, ['one'])] };
    expect(reviewSteps(lessons, data)).toEqual([{ slug: 'one', done: 1, dueAt: at(7) }]);
    expect(dueReview(lessons, data, day(6.9))).toBeNull();
    expect(dueReview(lessons, data, day(7))?.id).toBe('review-2');
    data.review.sets.push(finished('review-2', 7, ['one']));
    expect(reviewSteps(lessons, data)[0]?.dueAt).toBe(at(30));
    data.review.sets.push(finished('review-3', 30, ['one']));
    expect(reviewSteps(lessons, data)).toEqual([{ slug: 'one', done: 3, dueAt: null }]);
    expect(dueReview(lessons, data, day(400))).toBeNull();
    expect(nextReview(lessons, data, day(31))).toBeNull();
  });

  it('gathers every lesson due into one set, in course order', () => {
    const data = completed({ three: 0.5, one: 0, two: 0.2 });
    expect(dueReview(lessons, data, day(3))).toEqual({
      id: 'review-1',
      lessons: ['one', 'two', 'three'],
      started: false,
    });
  });

  it('shows a learner away for a week one set, not one per lesson or per missed step', () => {
    const data = completed({ one: 0, two: 0, three: 0 });
    const due = dueReview(lessons, data, day(9));
    expect(due?.lessons).toEqual(['one', 'two', 'three']);
    // Done on day 9: the 7-day step does not fall due at once; it waits the planned five days.
    data.review = { sets: [finished('review-1', 9, due!.lessons)] };
    expect(dueReview(lessons, data, day(9.5))).toBeNull();
    expect(dueReview(lessons, data, day(13.9))).toBeNull();
    expect(dueReview(lessons, data, day(14))?.lessons).toEqual(['one', 'two', 'three']);
  });

  it('keeps the set the learner started due until it is finished, whatever the clock says', () => {
    const data = completed({ one: 0 });
    data.review = {
      sets: [],
      open: { id: 'review-1', startedAt: at(2), lessons: ['one'], items: ['x'], questions: {} },
    };
    expect(dueReview(lessons, data, day(0.5))).toEqual({ id: 'review-1', lessons: ['one'], started: true });
  });

  it('tells when the next set falls due and which lessons it holds', () => {
    const data = completed({ one: 0, two: 1 });
    expect(nextReview(lessons, data, day(0.5))).toEqual({ at: at(2), lessons: ['one'] });
    expect(daysUntil(at(2), day(0.5))).toBe(2);
    expect(daysUntil(at(2), day(3))).toBe(0);
  });

  it('is off when the learner’s latest assignment turned spaced review off, on for older links', () => {
    const data = completed({ one: 0 });
    const assignment: Assignment = {
      v: 1,
      id: 'abcdef12',
      group: 'Team',
      modules: ['one'],
      assessment: false,
      due: '2026-04-01',
      passMark: 80,
      createdAt: at(-1),
    };
    data.assignments = { abcdef12: { id: 'abcdef12', assignment, acceptedAt: at(-1) } };
    expect(dueReview(lessons, data, day(3))).not.toBeNull();
    data.assignments.abcdef12!.assignment = { ...assignment, review: false };
    expect(dueReview(lessons, data, day(3))).toBeNull();
    expect(nextReview(lessons, data, day(1))).toBeNull();
  });
});

describe('how a review set is described', () => {
  it('names lesson numbers as a reader would', () => {
    expect(lessonNumbersText([2])).toBe('lesson 2');
    expect(lessonNumbersText([3, 1])).toBe('lessons 1 and 3');
    expect(lessonNumbersText([1, 2])).toBe('lessons 1 and 2');
    expect(lessonNumbersText([1, 2, 3])).toBe('lessons 1–3');
    expect(lessonNumbersText([1, 2, 3, 5])).toBe('lessons 1–3 and 5');
    expect(lessonNumbersText([1, 3, 5])).toBe('lessons 1, 3 and 5');
  });

  it('gives the questions, the lessons and the minutes', () => {
    expect(reviewSummary(5, [1, 2, 3])).toBe('5 questions from lessons 1–3, about 4 minutes');
    expect(reviewSummary(3, [1])).toBe('3 questions from lesson 1, about 2 minutes');
    expect(reviewSummary(1, [4])).toBe('1 question from lesson 4, about 1 minute');
    expect(reviewMinutes(0)).toBe(1);
  });
});
