import { inOrder, isAnswered, presentationOrder, presentationSeed, presentReplies } from './presentation';
import type { Question } from './quiz-types';

const single: Question = {
  id: 'q1',
  kind: 'single',
  prompt: 'Pick one',
  options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: id, correct: id === 'a', feedback: '' })),
};
const ordering: Question = {
  id: 'o1',
  kind: 'ordering',
  prompt: 'Order',
  items: ['a', 'b', 'c'].map((id) => ({ id, text: id })),
};

describe('presentation order', () => {
  it('is the same for the same seed, so a reload shows the same page', () => {
    const seed = presentationSeed('learner-1', 'quiz', 0, 'q1');
    expect(presentationOrder(single, seed)).toEqual(presentationOrder(single, seed));
  });

  it('differs between learners and between attempts', () => {
    const orders = new Set(
      ['l1', 'l2', 'l3', 'l4', 'l5', 'l6'].flatMap((learner) =>
        [0, 1].map((round) =>
          presentationOrder(single, presentationSeed(learner, 'quiz', round, 'q1')).join(),
        ),
      ),
    );
    expect(orders.size).toBeGreaterThan(4);
  });

  it('puts the written first option first about a quarter of the time: position carries no cue', () => {
    let first = 0;
    const n = 4000;
    for (let i = 0; i < n; i += 1) if (presentationOrder(single, `s${i}`)[0] === 'a') first += 1;
    expect(first / n).toBeGreaterThan(0.22);
    expect(first / n).toBeLessThan(0.28);
  });

  it('shows two replies in written order about half the time', () => {
    const choices = [
      { id: 'best', text: 'x', feedback: '', next: 'n', best: true },
      { id: 'other', text: 'y', feedback: '', next: 'n' },
    ];
    let kept = 0;
    for (let i = 0; i < 2000; i += 1) if (presentReplies(choices, `t${i}`)[0]?.id === 'best') kept += 1;
    expect(kept / 2000).toBeGreaterThan(0.45);
    expect(kept / 2000).toBeLessThan(0.55);
  });

  it('never shows an ordering question in its right order', () => {
    for (let i = 0; i < 200; i += 1)
      expect(presentationOrder(ordering, `o${i}`)).not.toEqual(['a', 'b', 'c']);
  });

  it('sorts items by a list of ids, keeping unknown ones at the end', () => {
    expect(inOrder([{ id: 'a' }, { id: 'b' }, { id: 'c' }], ['c', 'a']).map((x) => x.id)).toEqual([
      'c',
      'a',
      'b',
    ]);
  });
});

describe('isAnswered', () => {
  it('treats an ordering left as first shown as unanswered, and a moved one as answered', () => {
    const shown = presentationOrder(ordering, 'seed');
    expect(isAnswered(ordering, { kind: 'ordering', itemIds: shown }, 'seed')).toBe(false);
    expect(isAnswered(ordering, { kind: 'ordering', itemIds: [...shown].reverse() }, 'seed')).toBe(true);
    expect(isAnswered(ordering, undefined, 'seed')).toBe(false);
  });

  it('needs a complete response for other kinds', () => {
    expect(isAnswered(single, { kind: 'single', optionId: 'b' })).toBe(true);
    expect(isAnswered(single, { kind: 'single', optionId: 'zz' })).toBe(false);
  });
});
