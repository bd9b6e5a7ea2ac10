import { emptyProgress } from '../course/progress';
import type { AssessmentAttempt, LessonOutline } from '../course/progress';
import {
  assessmentAvailability,
  drawQuestions,
  isPass,
  passingAttempt,
  scoreAttempt,
  summariseAttempts,
} from './assessment';
import type { BankItem } from './assessment';
import { rngFromSeed } from '../lib/shuffle';

const lessons = ['l1', 'l2', 'l3', 'l4', 'l5', 'l6'];
const bank: BankItem[] = lessons.flatMap((lesson) =>
  Array.from({ length: 6 }, (_, i) => ({
    id: `${lesson}-q${i}`,
    lesson,
    section: 's',
    kind: 'truefalse' as const,
    prompt: `${lesson} ${i}`,
    answer: true,
    feedbackTrue: 'yes',
    feedbackFalse: 'no',
  })),
);

describe('drawing questions', () => {
  it('draws 15 distinct questions balanced across six lessons (2 or 3 each)', () => {
    for (const seed of ['a', 'b', 'c', 'd']) {
      const drawn = drawQuestions(bank, lessons, rngFromSeed(seed));
      expect(drawn).toHaveLength(15);
      expect(new Set(drawn.map((q) => q.id)).size).toBe(15);
      const perLesson = lessons.map((l) => drawn.filter((q) => q.lesson === l).length);
      expect(Math.min(...perLesson)).toBeGreaterThanOrEqual(2);
      expect(Math.max(...perLesson)).toBeLessThanOrEqual(3);
    }
  });

  it('varies between attempts, in both selection and order', () => {
    const draws = ['1', '2', '3', '4', '5'].map((seed) =>
      drawQuestions(bank, lessons, rngFromSeed(seed)).map((q) => q.id),
    );
    expect(new Set(draws.map((d) => [...d].sort().join())).size).toBeGreaterThan(1);
    expect(new Set(draws.map((d) => d.join())).size).toBe(5);
    const first = draws[0]!;
    const grouped = [...first].sort((a, b) => (a < b ? -1 : 1));
    expect(first).not.toEqual(grouped);
  });

  it('makes up a lesson with too few questions from the others', () => {
    const thin = bank.filter((q) => q.lesson !== 'l1' || q.id === 'l1-q0');
    const drawn = drawQuestions(thin, lessons, rngFromSeed('x'));
    expect(drawn).toHaveLength(15);
    expect(drawn.filter((q) => q.lesson === 'l1')).toHaveLength(1);
  });
});

describe('scoring an attempt', () => {
  const ten = bank.slice(0, 10);
  const answers = (right: number) =>
    Object.fromEntries(ten.map((q, i) => [q.id, { kind: 'truefalse' as const, value: i < right }]));

  it('passes at exactly the pass mark and fails just below it', () => {
    expect(scoreAttempt(ten, answers(8), 0.8)).toMatchObject({ score: 0.8, passed: true, points: 8 });
    expect(scoreAttempt(ten, answers(7), 0.8)).toMatchObject({ score: 0.7, passed: false });
    expect(isPass(0.799, 0.8)).toBe(false);
    expect(isPass(0.8, 0.8)).toBe(true);
    expect(isPass(4 / 5, 0.8)).toBe(true);
    expect(isPass(12 / 15, 0.8)).toBe(true);
    expect(isPass(11 / 15, 0.8)).toBe(false);
  });

  it('counts unanswered or mismatched responses as wrong and reports every question', () => {
    const result = scoreAttempt(ten, { [ten[0]!.id]: { kind: 'single', optionId: 'a' } }, 0.5);
    expect(result.results).toHaveLength(10);
    expect(result.results.every((r) => !r.correct)).toBe(true);
    expect(result.passed).toBe(false);
  });

  it('uses another pass mark when an assignment sets one', () => {
    expect(scoreAttempt(ten, answers(7), 0.7).passed).toBe(true);
  });
});

describe('attempts', () => {
  const attempt = (id: string, score: number | undefined, submittedAt?: string): AssessmentAttempt => ({
    id,
    startedAt: 't',
    questionIds: [],
    responses: {},
    passMark: 0.8,
    ...(submittedAt ? { submittedAt, score: score ?? 0, passed: (score ?? 0) >= 0.8 } : {}),
  });

  it('keeps the best and the latest, and notices an open attempt', () => {
    const s = summariseAttempts([
      attempt('a', 0.6, '1'),
      attempt('b', 0.9, '2'),
      attempt('c', 0.7, '3'),
      attempt('d', undefined),
    ]);
    expect(s.best?.id).toBe('b');
    expect(s.latest?.id).toBe('c');
    expect(s.open?.id).toBe('d');
    expect(s.passed).toBe(true);
    expect(passingAttempt([attempt('a', 0.6, '1'), attempt('b', 0.9, '2')])?.id).toBe('b');
    expect(summariseAttempts([])).toEqual({ passed: false });
  });
});

describe('availability', () => {
  const outline = (slug: string, order: number): LessonOutline => ({
    slug,
    title: slug,
    order,
    minutes: 5,
    sections: [],
    activities: [],
  });

  it('opens only when every lesson is complete, listing what is left', () => {
    const course = [outline('b', 2), outline('a', 1)];
    const data = emptyProgress();
    expect(assessmentAvailability(course, data)).toMatchObject({
      open: false,
      remaining: [{ slug: 'a' }, { slug: 'b' }],
    });
    data.lessons.a = { timeSpentMs: 0, reachedEnd: true, updatedAt: 't', completedAt: 't' };
    data.lessons.b = { timeSpentMs: 0, reachedEnd: true, updatedAt: 't', completedAt: 't' };
    expect(assessmentAvailability(course, data)).toEqual({ open: true, remaining: [] });
  });
});
