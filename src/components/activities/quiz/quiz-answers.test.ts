import type { Question } from '../../../domain/activities/quiz-types';
import { readQuizAnswers } from './quiz-answers';

const questions: Question[] = [
  {
    id: 'q1',
    kind: 'single',
    prompt: 'Pick',
    options: [
      { id: 'a', text: 'A', correct: true, feedback: '' },
      { id: 'b', text: 'B', correct: false, feedback: '' },
    ],
  },
  {
    id: 'q2',
    kind: 'ordering',
    prompt: 'Order',
    items: [
      { id: 'x', text: 'X' },
      { id: 'y', text: 'Y' },
    ],
  },
];

describe('readQuizAnswers', () => {
  it('reads a saved quiz back', () => {
    const saved = {
      version: 1,
      questions: {
        q1: { response: { kind: 'single', optionId: 'b' }, attempts: 1, status: 'incorrect', credit: 0 },
        q2: {
          response: { kind: 'ordering', itemIds: ['x', 'y'] },
          attempts: 2,
          status: 'correct',
          credit: 1,
        },
      },
      previous: { points: 1, total: 2, score: 0.5, mastered: false },
    };
    expect(readQuizAnswers(saved, questions)).toEqual(saved);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'hello'],
    ['an unknown version', { version: 2, questions: {} }],
    ['questions that are not an object', { version: 1, questions: [] }],
  ])('starts fresh from %s', (_name, raw) => {
    expect(readQuizAnswers(raw, questions)).toEqual({ version: 1, questions: {} });
  });

  it('drops damaged questions and keeps the rest', () => {
    const answers = readQuizAnswers(
      {
        version: 1,
        questions: {
          q1: { response: { kind: 'single', optionId: 'a' }, attempts: -1, status: 'correct', credit: 1 },
          q2: {
            response: { kind: 'ordering', itemIds: ['x', 'y'] },
            attempts: 1,
            status: 'correct',
            credit: 1,
          },
          gone: { response: { kind: 'short', text: 'hi' }, attempts: 1, status: 'correct', credit: 1 },
        },
        previous: { points: 5, total: 2, score: 2, mastered: true },
      },
      questions,
    );
    expect(Object.keys(answers.questions)).toEqual(['q2']);
    expect(answers.previous).toBeUndefined();
  });

  it('starts a question afresh when its items have changed since it was answered', () => {
    const answers = readQuizAnswers(
      {
        version: 1,
        questions: {
          q2: {
            response: { kind: 'ordering', itemIds: ['x', 'old'] },
            attempts: 1,
            status: 'correct',
            credit: 1,
          },
          q1: { response: { kind: 'truefalse', value: true }, attempts: 1, status: 'correct', credit: 1 },
        },
      },
      questions,
    );
    expect(answers.questions).toEqual({});
  });

  it('marks a saved response again against the question as written now', () => {
    const answers = readQuizAnswers(
      {
        version: 1,
        questions: {
          q1: { response: { kind: 'single', optionId: 'b' }, attempts: 1, status: 'correct', credit: 1 },
          q2: {
            response: { kind: 'ordering', itemIds: ['y', 'x'] },
            attempts: 2,
            status: 'revealed',
            credit: 0.3,
          },
        },
      },
      questions,
    );
    expect(answers.questions.q1).toEqual({
      response: { kind: 'single', optionId: 'b' },
      attempts: 1,
      status: 'incorrect',
      credit: 0,
    });
    expect(answers.questions.q2?.status).toBe('revealed');
    expect(answers.questions.q2?.credit).toBe(0);
  });
});
