import {
  PARTIAL_CREDIT_RULE,
  canCheck,
  canReveal,
  canRetry,
  checkAnswer,
  correctResponse,
  initialQuestionState,
  isResponseComplete,
  lastFeedback,
  maxAttempts,
  reveal,
  scoreQuiz,
  scoreResponse,
} from './quiz-scoring';
import type { QuestionState } from './quiz-scoring';
import type {
  MatchingQuestion,
  MultipleChoiceQuestion,
  OrderingQuestion,
  Question,
  ShortTextQuestion,
  SingleChoiceQuestion,
  TrueFalseQuestion,
} from './quiz-types';

const single: SingleChoiceQuestion = {
  id: 'q-single',
  kind: 'single',
  prompt: 'Who is an internal customer?',
  options: [
    {
      id: 'a',
      text: 'A colleague in payroll',
      correct: true,
      feedback: 'Right: colleagues rely on you too.',
    },
    { id: 'b', text: 'A shopper', correct: false, feedback: 'A shopper is an external customer.' },
  ],
};

const multiple: MultipleChoiceQuestion = {
  id: 'q-multi',
  kind: 'multiple',
  prompt: 'Select all that apply',
  options: [
    { id: 'a', text: 'A', correct: true, feedback: 'fa' },
    { id: 'b', text: 'B', correct: true, feedback: 'fb' },
    { id: 'c', text: 'C', correct: true, feedback: 'fc' },
    { id: 'd', text: 'D', correct: false, feedback: 'fd' },
    { id: 'e', text: 'E', correct: false, feedback: 'fe' },
  ],
};

const trueFalse: TrueFalseQuestion = {
  id: 'q-tf',
  kind: 'truefalse',
  prompt: 'Service ends at the till.',
  answer: false,
  feedbackTrue: 'Not so: support carries on after the sale.',
  feedbackFalse: 'Right: support carries on after the sale.',
};

const ordering: OrderingQuestion = {
  id: 'q-order',
  kind: 'ordering',
  prompt: 'Put in order',
  items: [
    { id: 'greet', text: 'Greet' },
    { id: 'listen', text: 'Listen' },
    { id: 'solve', text: 'Solve' },
    { id: 'follow', text: 'Follow up' },
  ],
};

const matching: MatchingQuestion = {
  id: 'q-match',
  kind: 'matching',
  prompt: 'Match',
  pairs: [
    { id: 'p1', left: 'Customer', right: 'Anyone who needs what you offer' },
    { id: 'p2', left: 'Service', right: 'An action that creates value' },
    { id: 'p3', left: 'Delivery', right: 'Getting it there on time' },
  ],
};

const short: ShortTextQuestion = {
  id: 'q-short',
  kind: 'short',
  prompt: 'One word for how customers see service',
  accept: ['perception', 'perceptions'],
  feedbackCorrect: 'Yes.',
  feedbackIncorrect: 'Think about how the customer sees it.',
};

describe('scoreResponse', () => {
  describe('single choice', () => {
    it('gives full credit and the option feedback for the right option', () => {
      const r = scoreResponse(single, { kind: 'single', optionId: 'a' });
      expect(r).toEqual({
        correct: true,
        credit: 1,
        feedback: [{ targetId: 'a', correct: true, message: 'Right: colleagues rely on you too.' }],
      });
    });
    it('gives no credit and explains a wrong option', () => {
      const r = scoreResponse(single, { kind: 'single', optionId: 'b' });
      expect(r.correct).toBe(false);
      expect(r.credit).toBe(0);
      expect(r.feedback).toEqual([
        { targetId: 'b', correct: false, message: 'A shopper is an external customer.' },
      ]);
    });
    it('gives nothing for an unknown option', () => {
      expect(scoreResponse(single, { kind: 'single', optionId: 'zz' })).toEqual({
        correct: false,
        credit: 0,
        feedback: [],
      });
    });
  });

  describe('multiple choice', () => {
    const pick = (...optionIds: string[]) => scoreResponse(multiple, { kind: 'multiple', optionIds });
    it('is correct with full credit only for exactly the right set', () => {
      expect(pick('a', 'b', 'c')).toMatchObject({ correct: true, credit: 1 });
      expect(pick('c', 'a', 'b')).toMatchObject({ correct: true, credit: 1 });
    });
    it('gives a share for each right option picked', () => {
      expect(pick('a')).toMatchObject({ correct: false });
      expect(pick('a').credit).toBeCloseTo(1 / 3);
      expect(pick('a', 'b').credit).toBeCloseTo(2 / 3);
    });
    it('takes a share away for each wrong option picked', () => {
      expect(pick('a', 'b', 'c', 'd').credit).toBeCloseTo(2 / 3);
      expect(pick('a', 'b', 'c', 'd')).toMatchObject({ correct: false });
      expect(pick('a', 'b', 'd').credit).toBeCloseTo(1 / 3);
    });
    it('never goes below zero', () => {
      expect(pick('a', 'd', 'e').credit).toBe(0);
      expect(pick('d', 'e').credit).toBe(0);
    });
    it('picking everything does not earn full credit', () => {
      expect(pick('a', 'b', 'c', 'd', 'e').credit).toBeCloseTo(1 / 3);
    });
    it('ignores repeated and unknown ids', () => {
      expect(pick('a', 'a', 'b', 'b', 'c', 'zz')).toMatchObject({ correct: true, credit: 1 });
    });
    it('explains each chosen option and says when right options are still missing', () => {
      const r = pick('a', 'd');
      expect(r.feedback).toEqual([
        { targetId: 'a', correct: true, message: 'fa' },
        { targetId: 'd', correct: false, message: 'fd' },
        {
          targetId: 'q-multi',
          correct: false,
          message: 'There are 2 more right options you have not picked.',
        },
      ]);
      expect(pick('a', 'b').feedback.at(-1)?.message).toBe(
        'There is one more right option you have not picked.',
      );
      expect(pick('a', 'b', 'c').feedback).toHaveLength(3);
    });
    it('states its rule for learners', () => {
      expect(PARTIAL_CREDIT_RULE).toMatch(/never goes below zero/);
      expect(PARTIAL_CREDIT_RULE).toMatch(/exactly the right options/);
    });
  });

  describe('true/false', () => {
    it('scores the chosen value and gives the feedback written for it', () => {
      expect(scoreResponse(trueFalse, { kind: 'truefalse', value: false })).toEqual({
        correct: true,
        credit: 1,
        feedback: [{ targetId: 'q-tf', correct: true, message: 'Right: support carries on after the sale.' }],
      });
      expect(scoreResponse(trueFalse, { kind: 'truefalse', value: true })).toEqual({
        correct: false,
        credit: 0,
        feedback: [
          { targetId: 'q-tf', correct: false, message: 'Not so: support carries on after the sale.' },
        ],
      });
    });
  });

  describe('ordering', () => {
    const order = (...itemIds: string[]) => scoreResponse(ordering, { kind: 'ordering', itemIds });
    it('is correct for the written order', () => {
      expect(order('greet', 'listen', 'solve', 'follow')).toMatchObject({ correct: true, credit: 1 });
    });
    it('credits the share of items in place and names those out of place', () => {
      const r = order('greet', 'solve', 'listen', 'follow');
      expect(r.correct).toBe(false);
      expect(r.credit).toBe(0.5);
      expect(r.feedback.filter((f) => !f.correct).map((f) => f.targetId)).toEqual(['listen', 'solve']);
      expect(r.feedback.find((f) => f.targetId === 'solve')?.message).toBe('“Solve” is out of place.');
    });
    it('gives nothing when every item is out of place', () => {
      expect(order('follow', 'solve', 'listen', 'greet').credit).toBe(0);
    });
    it('is not correct when items are missing', () => {
      expect(order('greet', 'listen', 'solve')).toMatchObject({ correct: false, credit: 0.75 });
    });
  });

  describe('matching', () => {
    const match = (matches: Record<string, string>) => scoreResponse(matching, { kind: 'matching', matches });
    it('is correct when every pair is matched to itself', () => {
      expect(match({ p1: 'p1', p2: 'p2', p3: 'p3' })).toMatchObject({ correct: true, credit: 1 });
    });
    it('credits the share of right pairs and names the wrong and empty ones', () => {
      const r = match({ p1: 'p1', p2: 'p3' });
      expect(r.correct).toBe(false);
      expect(r.credit).toBeCloseTo(1 / 3);
      expect(r.feedback).toEqual([
        { targetId: 'p1', correct: true, message: '“Customer” is matched correctly.' },
        { targetId: 'p2', correct: false, message: '“Service” is not matched correctly.' },
        { targetId: 'p3', correct: false, message: '“Delivery” has no match yet.' },
      ]);
    });
  });

  describe('short text', () => {
    it('accepts answers ignoring case, spacing and punctuation', () => {
      expect(scoreResponse(short, { kind: 'short', text: '  Perception! ' })).toEqual({
        correct: true,
        credit: 1,
        feedback: [{ targetId: 'q-short', correct: true, message: 'Yes.' }],
      });
    });
    it('rejects other answers with the incorrect feedback', () => {
      expect(scoreResponse(short, { kind: 'short', text: 'perceive' })).toMatchObject({
        correct: false,
        credit: 0,
        feedback: [{ message: 'Think about how the customer sees it.' }],
      });
    });
  });

  it('gives nothing for a response of the wrong kind', () => {
    expect(scoreResponse(single, { kind: 'truefalse', value: true })).toEqual({
      correct: false,
      credit: 0,
      feedback: [],
    });
    expect(scoreResponse(short, { kind: 'single', optionId: 'a' }).credit).toBe(0);
  });
});

describe('isResponseComplete', () => {
  it('needs an existing option for single choice', () => {
    expect(isResponseComplete(single, { kind: 'single', optionId: 'a' })).toBe(true);
    expect(isResponseComplete(single, { kind: 'single', optionId: '' })).toBe(false);
  });
  it('needs at least one option for multiple choice', () => {
    expect(isResponseComplete(multiple, { kind: 'multiple', optionIds: ['d'] })).toBe(true);
    expect(isResponseComplete(multiple, { kind: 'multiple', optionIds: [] })).toBe(false);
  });
  it('accepts either value for true/false', () => {
    expect(isResponseComplete(trueFalse, { kind: 'truefalse', value: false })).toBe(true);
  });
  it('needs every ordering item placed exactly once', () => {
    expect(
      isResponseComplete(ordering, { kind: 'ordering', itemIds: ['follow', 'solve', 'listen', 'greet'] }),
    ).toBe(true);
    expect(isResponseComplete(ordering, { kind: 'ordering', itemIds: ['follow', 'solve', 'listen'] })).toBe(
      false,
    );
    expect(
      isResponseComplete(ordering, { kind: 'ordering', itemIds: ['follow', 'follow', 'listen', 'greet'] }),
    ).toBe(false);
  });
  it('needs every matching slot filled with a real pair', () => {
    expect(
      isResponseComplete(matching, { kind: 'matching', matches: { p1: 'p2', p2: 'p1', p3: 'p3' } }),
    ).toBe(true);
    expect(isResponseComplete(matching, { kind: 'matching', matches: { p1: 'p2', p2: 'p1' } })).toBe(false);
    expect(isResponseComplete(matching, { kind: 'matching', matches: { p1: 'p2', p2: 'p1', p3: 'x' } })).toBe(
      false,
    );
  });
  it('needs non-blank text', () => {
    expect(isResponseComplete(short, { kind: 'short', text: 'x' })).toBe(true);
    expect(isResponseComplete(short, { kind: 'short', text: '  ' })).toBe(false);
  });
  it('is false for no response or one of the wrong kind', () => {
    expect(isResponseComplete(short, undefined)).toBe(false);
    expect(isResponseComplete(short, { kind: 'truefalse', value: true })).toBe(false);
  });
});

describe('attempt state machine', () => {
  const wrong = { kind: 'single', optionId: 'b' } as const;
  const right = { kind: 'single', optionId: 'a' } as const;

  it('allows two attempts by default, or the number the question sets (at least one)', () => {
    expect(maxAttempts(single)).toBe(2);
    expect(maxAttempts({ ...single, attempts: 3 })).toBe(3);
    expect(maxAttempts({ ...single, attempts: 0 })).toBe(1);
  });

  it('records a right answer and then locks', () => {
    const s1 = checkAnswer(single, initialQuestionState(), right);
    expect(s1).toEqual({ response: right, attempts: 1, status: 'correct', credit: 1 });
    expect(canRetry(single, s1)).toBe(false);
    expect(canCheck(single, s1)).toBe(false);
    expect(checkAnswer(single, s1, wrong)).toBe(s1);
    expect(canReveal(single, s1)).toBe(false);
    expect(reveal(single, s1, { allowEarly: true })).toBe(s1);
  });

  it('lets the learner retry after a wrong answer until attempts run out', () => {
    const s1 = checkAnswer(single, initialQuestionState(), wrong);
    expect(s1).toMatchObject({ attempts: 1, status: 'incorrect', credit: 0 });
    expect(canRetry(single, s1)).toBe(true);
    expect(canReveal(single, s1)).toBe(false);
    expect(reveal(single, s1)).toBe(s1);

    const s2 = checkAnswer(single, s1, wrong);
    expect(s2).toMatchObject({ attempts: 2, status: 'incorrect' });
    expect(canRetry(single, s2)).toBe(false);
    expect(checkAnswer(single, s2, right)).toBe(s2);
    expect(canReveal(single, s2)).toBe(true);
  });

  it('can be right on the second attempt', () => {
    const s2 = checkAnswer(single, checkAnswer(single, initialQuestionState(), wrong), right);
    expect(s2).toMatchObject({ attempts: 2, status: 'correct', credit: 1 });
  });

  it('ignores an incomplete response without spending an attempt', () => {
    const s0 = initialQuestionState();
    expect(checkAnswer(single, s0, { kind: 'single', optionId: '' })).toBe(s0);
  });

  it('keeps the credit of the last checked response when revealed', () => {
    const q: MultipleChoiceQuestion = { ...multiple, attempts: 1 };
    const s1 = checkAnswer(q, initialQuestionState(), { kind: 'multiple', optionIds: ['a', 'b'] });
    const revealed = reveal(q, s1);
    expect(revealed.status).toBe('revealed');
    expect(revealed.credit).toBeCloseTo(2 / 3);
    expect(revealed.response).toEqual({ kind: 'multiple', optionIds: ['a', 'b'] });
    expect(checkAnswer(q, revealed, correctResponse(q))).toBe(revealed);
  });

  it('uses the last response, not the best, for credit', () => {
    const q: MultipleChoiceQuestion = { ...multiple, attempts: 2 };
    const s1 = checkAnswer(q, initialQuestionState(), { kind: 'multiple', optionIds: ['a', 'b'] });
    const s2 = checkAnswer(q, s1, { kind: 'multiple', optionIds: ['a'] });
    expect(reveal(q, s2).credit).toBeCloseTo(1 / 3);
  });

  it('allows an early reveal only when asked, scoring 0 without a checked response', () => {
    const s0 = initialQuestionState();
    expect(canReveal(single, s0)).toBe(false);
    expect(reveal(single, s0)).toBe(s0);
    expect(reveal(single, s0, { allowEarly: true })).toEqual({ attempts: 0, status: 'revealed', credit: 0 });
  });

  it('gives the feedback of the last checked response', () => {
    expect(lastFeedback(single, initialQuestionState())).toBeNull();
    const s1 = checkAnswer(single, initialQuestionState(), wrong);
    expect(lastFeedback(single, s1)?.feedback[0]?.targetId).toBe('b');
  });
});

describe('correctResponse', () => {
  it('is the right answer for every kind, and scores full marks', () => {
    const questions: Question[] = [single, multiple, trueFalse, ordering, matching, short];
    for (const q of questions) {
      expect(scoreResponse(q, correctResponse(q))).toMatchObject({ correct: true, credit: 1 });
    }
    expect(correctResponse(multiple)).toEqual({ kind: 'multiple', optionIds: ['a', 'b', 'c'] });
    expect(correctResponse(matching)).toEqual({
      kind: 'matching',
      matches: { p1: 'p1', p2: 'p2', p3: 'p3' },
    });
    expect(correctResponse(short)).toEqual({ kind: 'short', text: 'perception' });
  });
});

describe('scoreQuiz', () => {
  const tenQuestions: SingleChoiceQuestion[] = Array.from({ length: 10 }, (_, i) => ({
    ...single,
    id: `q${i}`,
  }));
  const correctState: QuestionState = {
    attempts: 1,
    status: 'correct',
    credit: 1,
    response: { kind: 'single', optionId: 'a' },
  };
  const failedState: QuestionState = {
    attempts: 2,
    status: 'incorrect',
    credit: 0,
    response: { kind: 'single', optionId: 'b' },
  };
  const statesWith = (nRight: number) =>
    Object.fromEntries(tenQuestions.map((q, i) => [q.id, i < nRight ? correctState : failedState]));

  it('masters at exactly 8 of 10 with the default 0.8', () => {
    const r = scoreQuiz(tenQuestions, statesWith(8));
    expect(r).toEqual({
      score: 0.8,
      points: 8,
      maxPoints: 10,
      answered: 10,
      total: 10,
      mastered: true,
      finished: true,
    });
  });
  it('does not master at 7 of 10', () => {
    expect(scoreQuiz(tenQuestions, statesWith(7)).mastered).toBe(false);
  });
  it('passes exactly on the line despite floating-point sums, and fails just below it', () => {
    // Credits 1/3 + 1 + 1 + 2/3 + 1 are exactly 4 of 5 (80%), but sum to 0.7999999999999999 of 5 in floating point.
    const five = tenQuestions.slice(0, 5);
    const withCredits = (credits: number[]) =>
      Object.fromEntries(
        five.map((q, i) => [
          q.id,
          { attempts: 2, status: 'incorrect', credit: credits[i] ?? 0 } satisfies QuestionState,
        ]),
      );
    expect((1 / 3 + 1 + 1 + 2 / 3 + 1) / 5).toBeLessThan(0.8);
    expect(scoreQuiz(five, withCredits([1 / 3, 1, 1, 2 / 3, 1])).mastered).toBe(true);
    expect(scoreQuiz(five, withCredits([0.799, 0.799, 0.799, 0.799, 0.799])).mastered).toBe(false);
  });
  it('takes a configurable mastery', () => {
    expect(scoreQuiz(tenQuestions, statesWith(7), 0.7).mastered).toBe(true);
    expect(scoreQuiz(tenQuestions, statesWith(9), 1).mastered).toBe(false);
    expect(scoreQuiz(tenQuestions, statesWith(10), 1).mastered).toBe(true);
  });
  it('counts missing states as unanswered, scoring 0 and not finished', () => {
    const r = scoreQuiz(tenQuestions, { q0: correctState, q1: failedState });
    expect(r).toMatchObject({ points: 1, answered: 2, total: 10, finished: false, mastered: false });
    expect(r.score).toBeCloseTo(0.1);
  });
  it('is not finished while a wrong question still has attempts left', () => {
    const states = { ...statesWith(10), q9: { ...failedState, attempts: 1 } };
    expect(scoreQuiz(tenQuestions, states).finished).toBe(false);
  });
  it('scores a revealed question with the credit of its last checked response', () => {
    const q = { ...multiple, attempts: 1 };
    const checked = checkAnswer(q, initialQuestionState(), { kind: 'multiple', optionIds: ['a', 'b'] });
    const r = scoreQuiz([q, trueFalse], {
      [q.id]: reveal(q, checked),
      [trueFalse.id]: reveal(trueFalse, initialQuestionState(), { allowEarly: true }),
    });
    expect(r.points).toBeCloseTo(2 / 3);
    expect(r).toMatchObject({ answered: 2, finished: true, mastered: false });
  });
  it('treats an empty quiz as neither mastered nor finished', () => {
    expect(scoreQuiz([], {})).toEqual({
      score: 0,
      points: 0,
      maxPoints: 0,
      answered: 0,
      total: 0,
      mastered: false,
      finished: false,
    });
  });
});
