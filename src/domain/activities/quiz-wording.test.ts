import { PARTIAL_CREDIT_RULE } from './quiz-scoring';
import { choiceClass, choiceLook, MARKING_SUMMARY, verdictOf, withoutVerdict } from './quiz-wording';

describe('verdictOf', () => {
  it('says correct, partly right with the share, or not quite', () => {
    expect(verdictOf({ correct: true, credit: 1 })).toEqual({ icon: '✓', text: 'Correct' });
    expect(verdictOf({ correct: false, credit: 0.5 })).toEqual({
      icon: '◐',
      text: 'Partly right: 50% of the mark',
    });
    expect(verdictOf({ correct: false, credit: 0 })).toEqual({ icon: '✗', text: 'Not quite' });
  });
});

describe('withoutVerdict', () => {
  const notQuite = verdictOf({ correct: false, credit: 0 });
  const correct = verdictOf({ correct: true, credit: 1 });

  it('drops a "Not quite." opening under a "Not quite" verdict', () => {
    expect(withoutVerdict('Not quite. Anyone who relies on your work counts as a customer.', notQuite)).toBe(
      'Anyone who relies on your work counts as a customer.',
    );
    expect(withoutVerdict('not quite: getting less is what disappoints.', notQuite)).toBe(
      'Getting less is what disappoints.',
    );
  });

  it('drops a "Correct." opening under a "Correct" verdict', () => {
    expect(withoutVerdict('Correct. Colleagues count too.', correct)).toBe('Colleagues count too.');
  });

  it('leaves other messages as written', () => {
    expect(withoutVerdict('Not so. Anyone who needs your service is a customer.', notQuite)).toBe(
      'Not so. Anyone who needs your service is a customer.',
    );
    expect(withoutVerdict('Not quite. Read again.', correct)).toBe('Not quite. Read again.');
    expect(withoutVerdict('Not quitely', notQuite)).toBe('Not quitely');
  });
});

describe('the multiple-choice marking line', () => {
  it('is one short sentence, with the full rule kept apart', () => {
    expect(MARKING_SUMMARY.split(/[.!?]\s/)).toHaveLength(1);
    expect(MARKING_SUMMARY.length).toBeLessThan(40);
    expect(PARTIAL_CREDIT_RULE).toMatch(/never goes below zero/);
  });
});

describe('choiceLook', () => {
  it('shows a chosen option marked wrong as wrong, not chosen', () => {
    expect(choiceLook(true, false)).toBe('wrong');
    expect(choiceClass(choiceLook(true, false))).toBe('choice is-wrong');
  });

  it('shows a chosen option marked right as right, and an unmarked pick as chosen', () => {
    expect(choiceLook(true, true)).toBe('right');
    expect(choiceLook(true, undefined)).toBe('chosen');
    expect(choiceLook(false, undefined)).toBe('plain');
    expect(choiceClass('plain')).toBe('choice');
  });
});
