import { emptyProgress } from '../course/progress';
import type { AssessmentAttempt, LessonOutline } from '../course/progress';
import {
  assessmentAvailability,
  attemptQuestionSeed,
  drawQuestions,
  isPass,
  passingAttempt,
  recentlySeen,
  reviewTopics,
  scoreAttempt,
  summariseAttempts,
} from './assessment';
import { presentationOrder } from '../activities/presentation';
import type { BankItem } from './assessment';
import { rngFromSeed } from '../lib/shuffle';

const lessons = ['l1', 'l2', 'l3', 'l4', 'l5', 'l6'];
const bank: BankItem[] = lessons.flatMap((lesson) =>
  Array.from({ length: 6 }, (_, i) => ({
    id: `${lesson}-q${i}`,
    lesson,
    section: 's',
    objective: (i % 3) + 1,
    demand: 'recall' as const,
    kind: 'truefalse' as const,
    prompt: `${lesson} ${i}`,
    answer: i % 2 === 0,
    feedbackTrue: 'yes',
    feedbackFalse: 'no',
  })),
);

describe('drawing questions', () => {
  it('draws 15 distinct questions balanced across six lessons (2 or 3 each)', () => {
    for (const seed of ['a', 'b', 'c', 'd']) {
      const drawn = drawQuestions(bank, lessons, rngFromSeed(seed), 15);
      expect(drawn).toHaveLength(15);
      expect(new Set(drawn.map((q) => q.id)).size).toBe(15);
      const perLesson = lessons.map((l) => drawn.filter((q) => q.lesson === l).length);
      expect(Math.min(...perLesson)).toBeGreaterThanOrEqual(2);
      expect(Math.max(...perLesson)).toBeLessThanOrEqual(3);
    }
  });

  it('varies between attempts, in both selection and order', () => {
    const draws = ['1', '2', '3', '4', '5'].map((seed) =>
      drawQuestions(bank, lessons, rngFromSeed(seed), 15).map((q) => q.id),
    );
    expect(new Set(draws.map((d) => [...d].sort().join())).size).toBeGreaterThan(1);
    expect(new Set(draws.map((d) => d.join())).size).toBe(5);
    const first = draws[0]!;
    const grouped = [...first].sort((a, b) => (a < b ? -1 : 1));
    expect(first).not.toEqual(grouped);
  });

  it('makes up a lesson with too few questions from the others', () => {
    const thin = bank.filter((q) => q.lesson !== 'l1' || q.id === 'l1-q0');
    const drawn = drawQuestions(thin, lessons, rngFromSeed('x'), 15);
    expect(drawn).toHaveLength(15);
    expect(drawn.filter((q) => q.lesson === 'l1')).toHaveLength(1);
  });
});

describe('scoring an attempt', () => {
  const ten = bank.slice(0, 10);
  const answers = (right: number) =>
    Object.fromEntries(
      ten.map((q, i) => {
        const key = (q as { answer: boolean }).answer;
        return [q.id, { kind: 'truefalse' as const, value: i < right ? key : !key }];
      }),
    );

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
    // 7 of 10, with the second lesson at exactly half (2 of 4).
    const responses = answers(10);
    for (const i of [5, 8, 9]) {
      const q = ten[i]!;
      responses[q.id] = { kind: 'truefalse', value: !(q as { answer: boolean }).answer };
    }
    expect(scoreAttempt(ten, responses, 0.7).passed).toBe(true);
    expect(scoreAttempt(ten, responses, 0.8).passed).toBe(false);
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

describe('a pass that needs every lesson', () => {
  // Four questions from each of three lessons; the learner gets everything right except lesson l3.
  const drawn = bank.filter((q) => ['l1', 'l2', 'l3'].includes(q.lesson) && Number(q.id.slice(-1)) < 4);
  const right = (q: BankItem) => ({ kind: 'truefalse' as const, value: (q as { answer: boolean }).answer });
  const wrong = (q: BankItem) => ({ kind: 'truefalse' as const, value: !(q as { answer: boolean }).answer });

  it('fails an attempt above the overall mark when one lesson is below half', () => {
    const responses = Object.fromEntries(
      drawn.map((q) => [q.id, q.lesson === 'l3' && !q.id.endsWith('q0') ? wrong(q) : right(q)]),
    );
    const result = scoreAttempt(drawn, responses, 0.75);
    expect(result.score).toBeCloseTo(9 / 12);
    expect(result.overall).toBe(true);
    expect(result.everyLesson).toBe(false);
    expect(result.passed).toBe(false);
    expect(result.byLesson.find((l) => l.lesson === 'l3')).toMatchObject({
      points: 1,
      total: 4,
      reached: false,
    });
  });

  it('passes when every lesson reaches half and the overall mark is met', () => {
    const responses = Object.fromEntries(
      drawn.map((q) => [q.id, q.lesson === 'l3' && q.id.endsWith('q3') ? wrong(q) : right(q)]),
    );
    expect(scoreAttempt(drawn, responses, 0.8)).toMatchObject({ passed: true, everyLesson: true });
  });

  it('names the lessons, objectives and sections to review, and no answers', () => {
    const responses = Object.fromEntries(drawn.map((q) => [q.id, q.lesson === 'l2' ? wrong(q) : right(q)]));
    const topics = reviewTopics(scoreAttempt(drawn, responses), ['l1', 'l2', 'l3']);
    expect(topics).toEqual([{ lesson: 'l2', objectives: [1, 2, 3], sections: ['s'], belowFloor: true }]);
  });
});

describe('untouched is unanswered', () => {
  const ordering: BankItem = {
    id: 'o1',
    lesson: 'l1',
    section: 's',
    objective: 1,
    demand: 'recall',
    kind: 'ordering',
    prompt: 'Order these',
    items: [
      { id: 'a', text: 'A' },
      { id: 'b', text: 'B' },
      { id: 'c', text: 'C' },
      { id: 'd', text: 'D' },
    ],
  };

  it('gives an ordering left as first shown no credit and counts it as not answered', () => {
    const shown = presentationOrder(ordering, attemptQuestionSeed('attempt-1', 'o1'));
    const result = scoreAttempt([ordering], { o1: { kind: 'ordering', itemIds: shown } }, 0.8, 'attempt-1');
    expect(result.results[0]).toMatchObject({ answered: false, credit: 0 });
    const moved = [...shown.slice(1), shown[0]!];
    const after = scoreAttempt([ordering], { o1: { kind: 'ordering', itemIds: moved } }, 0.8, 'attempt-1');
    expect(after.results[0]?.answered).toBe(true);
  });
});

describe('drawing fresh questions', () => {
  it('avoids the items of the latest sitting while the bank allows', () => {
    const first = drawQuestions(bank, lessons, rngFromSeed('one'), 18);
    const seen = recentlySeen([
      {
        id: 'x',
        startedAt: 't',
        submittedAt: '1',
        questionIds: first.map((q) => q.id),
        responses: {},
        passMark: 0.8,
      },
    ]);
    const second = drawQuestions(bank, lessons, rngFromSeed('two'), { count: 18, avoid: seen });
    expect(second.filter((q) => seen.has(q.id))).toEqual([]);
  });

  it('balances true and false keys in the draw', () => {
    const skewed = bank.map((q, i) => ({ ...q, answer: i % 6 < 2 }) as BankItem);
    for (const seed of ['a', 'b', 'c']) {
      const drawn = drawQuestions(skewed, lessons, rngFromSeed(seed), 12);
      const trues = drawn.filter((q) => (q as { answer: boolean }).answer).length;
      expect(Math.abs(trues - (drawn.length - trues))).toBeLessThanOrEqual(1);
    }
  });
});
