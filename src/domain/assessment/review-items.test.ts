import { emptyProgress } from '../course/progress';
import type { ProgressData } from '../course/progress';
import type { BankItem } from './assessment';
import {
  asPractice,
  drawReviewItems,
  itemWeight,
  practiceResult,
  practisedItems,
  reviewHistory,
  savedItems,
  warmUpId,
} from './review-items';

const item = (id: string, lesson: string): BankItem => ({
  id,
  lesson,
  section: 's',
  objective: 1,
  demand: 'recall',
  kind: 'truefalse',
  prompt: `Statement ${id}`,
  answer: true,
  feedbackTrue: 'Yes.',
  feedbackFalse: 'No.',
});

const bank: BankItem[] = [
  ...Array.from({ length: 10 }, (_, i) => item(`one-${i}`, 'one')),
  ...Array.from({ length: 10 }, (_, i) => item(`two-${i}`, 'two')),
  ...Array.from({ length: 10 }, (_, i) => item(`three-${i}`, 'three')),
];

const T = (n: number) => new Date(Date.UTC(2026, 2, 1 + n)).toISOString();
const state = (status: string, attempts = 1) => ({ status, attempts, credit: status === 'correct' ? 1 : 0 });

function withHistory(): ProgressData {
  const data = emptyProgress();
  // The final assessment: one-1 wrong, one-2 right.
  data.assessment.attempts.push({
    id: 'att',
    startedAt: T(1),
    submittedAt: T(1),
    questionIds: ['one-1', 'one-2'],
    responses: { 'one-1': { kind: 'truefalse', value: false }, 'one-2': { kind: 'truefalse', value: true } },
    passMark: 0.8,
    score: 0.5,
    passed: false,
  });
  // Lesson two's knowledge check: two of four questions not right at the first check.
  data.activities['l2-check'] = {
    lesson: 'two',
    kind: 'quiz',
    attempts: 1,
    completed: true,
    updatedAt: T(0),
    answers: {
      version: 1,
      questions: {
        q1: state('correct'),
        q2: state('correct', 2),
        q3: state('revealed', 2),
        q4: state('correct'),
      },
    },
  };
  return data;
}

describe('what the learner got wrong before', () => {
  it('reads final-assessment answers, warm-ups, review sets and knowledge checks', () => {
    const data = withHistory();
    data.activities[warmUpId('two')] = {
      lesson: 'two',
      kind: 'warm-up',
      attempts: 1,
      completed: true,
      updatedAt: T(2),
      answers: {
        version: 1,
        items: ['one-3', 'one-4'],
        questions: { 'one-3': state('incorrect'), 'one-4': state('correct') },
      },
    };
    data.review = {
      sets: [
        {
          id: 'review-1',
          finishedAt: T(3),
          lessons: ['one'],
          items: ['one-5', 'one-6'],
          missed: ['one-6'],
          score: 0.5,
        },
      ],
    };
    const history = reviewHistory(data, bank);
    expect([...history.missed].sort()).toEqual(['one-1', 'one-3', 'one-6']);
    expect([...history.right].sort()).toEqual(['one-2', 'one-4', 'one-5']);
    expect(history.quizMisses.get('two')).toBe(0.5);
    expect(history.quizMisses.has('one')).toBe(false);
  });

  it('counts the latest answer to an item: put right later, it is no longer a miss', () => {
    const data = withHistory();
    data.review = {
      sets: [{ id: 'review-1', finishedAt: T(5), lessons: ['one'], items: ['one-1'], missed: [], score: 1 }],
    };
    const history = reviewHistory(data, bank);
    expect(history.missed.has('one-1')).toBe(false);
    expect(history.right.has('one-1')).toBe(true);
  });

  it('weighs a missed item and a lesson whose check went badly above the rest, a right one below', () => {
    const history = reviewHistory(withHistory(), bank);
    const plain = itemWeight(item('three-0', 'three'), history);
    expect(plain).toBe(1);
    expect(itemWeight(item('one-1', 'one'), history)).toBe(5);
    expect(itemWeight(item('one-2', 'one'), history)).toBe(0.5);
    expect(itemWeight(item('two-0', 'two'), history)).toBe(2);
  });
});

describe('drawing review items', () => {
  const none = reviewHistory(emptyProgress(), bank);

  it('draws the same items for the same seed, others for another seed', () => {
    const a = drawReviewItems(bank, ['one', 'two'], 5, 'learner|review-1', none).map((q) => q.id);
    const again = drawReviewItems(bank, ['one', 'two'], 5, 'learner|review-1', none).map((q) => q.id);
    const other = drawReviewItems(bank, ['one', 'two'], 5, 'learner|review-2', none).map((q) => q.id);
    expect(again).toEqual(a);
    expect(other).not.toEqual(a);
    expect(new Set(a).size).toBe(5);
  });

  it('takes items only from the lessons asked for, each of them at least once', () => {
    for (let s = 0; s < 50; s += 1) {
      const drawn = drawReviewItems(bank, ['one', 'three'], 5, `seed-${s}`, none);
      expect(drawn.every((q) => q.lesson === 'one' || q.lesson === 'three')).toBe(true);
      expect(new Set(drawn.map((q) => q.lesson))).toEqual(new Set(['one', 'three']));
    }
  });

  it('gives fewer when the lessons have fewer items, none for a lesson with none', () => {
    expect(drawReviewItems(bank.slice(0, 2), ['one'], 5, 's', none)).toHaveLength(2);
    expect(drawReviewItems(bank, ['unknown'], 5, 's', none)).toEqual([]);
  });

  it('draws what the learner got wrong far more often than the rest', () => {
    const history = reviewHistory(withHistory(), bank);
    let missedDrawn = 0;
    let otherDrawn = 0;
    for (let s = 0; s < 400; s += 1) {
      const ids = drawReviewItems(bank, ['one'], 3, `seed-${s}`, history).map((q) => q.id);
      if (ids.includes('one-1')) missedDrawn += 1;
      if (ids.includes('one-7')) otherDrawn += 1;
    }
    // With weights 5 against 1 among ten items, three drawn: the missed item comes up in most sets.
    expect(missedDrawn).toBeGreaterThan(300);
    expect(otherDrawn).toBeLessThan(150);
  });
});

describe('practice results', () => {
  it('scores the run and names the items not fully right', () => {
    expect(
      practiceResult(['a', 'b', 'c'], {
        a: { attempts: 1, status: 'correct', credit: 1 },
        b: { attempts: 1, status: 'incorrect', credit: 0.5 },
        c: { attempts: 1, status: 'revealed', credit: 0 },
      }),
    ).toEqual({ score: 0.5, missed: ['b', 'c'], right: 1 });
    expect(practiceResult([], {}).score).toBe(0);
  });

  it('gives each practice question one check', () => {
    expect(asPractice(item('x', 'one')).attempts).toBe(1);
  });

  it('lists the items met in practice, for the final assessment to draw others first', () => {
    const data = emptyProgress();
    data.activities[warmUpId('two')] = {
      lesson: 'two',
      kind: 'warm-up',
      attempts: 1,
      completed: false,
      updatedAt: T(0),
      answers: { version: 1, items: ['one-1', 'one-2'], questions: { 'one-1': state('correct') } },
    };
    data.review = {
      sets: [{ id: 'review-1', finishedAt: T(3), lessons: ['one'], items: ['one-5'], missed: [], score: 1 }],
      open: { id: 'review-2', startedAt: T(4), lessons: ['two'], items: ['two-1'], questions: {} },
    };
    expect([...practisedItems(data)].sort()).toEqual(['one-1', 'one-5', 'two-1']);
  });
});

describe('carrying on with the same questions', () => {
  it('uses the saved items while every one is still in the bank, else asks for a fresh draw', () => {
    expect(savedItems(bank, ['two-3', 'one-1'])?.map((q) => q.id)).toEqual(['two-3', 'one-1']);
    expect(savedItems(bank, ['two-3', 'gone'])).toBeNull();
    expect(savedItems(bank, [])).toBeNull();
    expect(savedItems(bank, 'two-3')).toBeNull();
  });
});
