import type { Question } from '../activities/quiz-types';
import { interactionResponse, questionInteraction, turnInteraction } from './xapi-interactions';

const base = { prompt: 'Pick', explanation: '' };
const option = (id: string, correct: boolean) => ({ id, text: `Option ${id}`, correct, feedback: '' });

describe('questions as xAPI interactions', () => {
  it('a single choice: its options as choices, each correct option a pattern, the id as the response', () => {
    const q: Question = {
      ...base,
      id: 'q',
      kind: 'single',
      options: [option('a', false), option('b', true)],
    };
    expect(questionInteraction(q)).toEqual({
      interactionType: 'choice',
      choices: [
        { id: 'a', description: { 'en-US': 'Option a' } },
        { id: 'b', description: { 'en-US': 'Option b' } },
      ],
      correctResponsesPattern: ['b'],
    });
    expect(interactionResponse(q, { kind: 'single', optionId: 'a' })).toBe('a');
  });

  it('a multiple choice: all correct options in one pattern, the response in the question’s order', () => {
    const q: Question = {
      ...base,
      id: 'q',
      kind: 'multiple',
      options: [option('a', true), option('b', false), option('c', true)],
    };
    expect(questionInteraction(q).correctResponsesPattern).toEqual(['a[,]c']);
    expect(interactionResponse(q, { kind: 'multiple', optionIds: ['c', 'b'] })).toBe('b[,]c');
  });

  it('true-false, sequencing and matching in their own formats', () => {
    const tf: Question = {
      ...base,
      id: 't',
      kind: 'truefalse',
      answer: false,
      feedbackTrue: '',
      feedbackFalse: '',
    };
    expect(questionInteraction(tf)).toEqual({
      interactionType: 'true-false',
      correctResponsesPattern: ['false'],
    });
    expect(interactionResponse(tf, { kind: 'truefalse', value: true })).toBe('true');

    const order: Question = {
      ...base,
      id: 'o',
      kind: 'ordering',
      items: [
        { id: 'x', text: 'First' },
        { id: 'y', text: 'Second' },
      ],
    };
    expect(questionInteraction(order)).toMatchObject({
      interactionType: 'sequencing',
      correctResponsesPattern: ['x[,]y'],
    });
    expect(interactionResponse(order, { kind: 'ordering', itemIds: ['y', 'x'] })).toBe('y[,]x');

    const match: Question = {
      ...base,
      id: 'm',
      kind: 'matching',
      pairs: [
        { id: 'p1', left: 'Sales', right: 'Sells' },
        { id: 'p2', left: 'IT', right: 'Fixes' },
      ],
    };
    expect(questionInteraction(match)).toMatchObject({
      interactionType: 'matching',
      source: [
        { id: 'p1', description: { 'en-US': 'Sales' } },
        { id: 'p2', description: { 'en-US': 'IT' } },
      ],
      target: [
        { id: 'p1', description: { 'en-US': 'Sells' } },
        { id: 'p2', description: { 'en-US': 'Fixes' } },
      ],
      correctResponsesPattern: ['p1[.]p1[,]p2[.]p2'],
    });
    expect(interactionResponse(match, { kind: 'matching', matches: { p2: 'p1', p1: 'p2' } })).toBe(
      'p1[.]p2[,]p2[.]p1',
    );
  });

  it('a short text answer: fill-in, case not mattering, separators kept out of the learner’s words', () => {
    const q: Question = {
      ...base,
      id: 's',
      kind: 'short',
      accept: ['Internal customer', 'colleague'],
      feedbackCorrect: '',
      feedbackIncorrect: '',
    };
    expect(questionInteraction(q)).toEqual({
      interactionType: 'fill-in',
      correctResponsesPattern: ['{case_matters=false}Internal customer', '{case_matters=false}colleague'],
    });
    expect(interactionResponse(q, { kind: 'short', text: ' a[,]b[.]c ' })).toBe('a,b.c');
  });

  it('a role-play turn: a choice with the best replies as correct, or a long fill-in when typed', () => {
    const choices = [
      { id: 'calm', text: 'I hear you', best: true },
      { id: 'curt', text: 'Policy says no' },
    ];
    expect(turnInteraction({ freeText: false, choices })).toMatchObject({
      interactionType: 'choice',
      correctResponsesPattern: ['calm'],
    });
    expect(turnInteraction({ freeText: true, choices })).toEqual({ interactionType: 'long-fill-in' });
  });
});
