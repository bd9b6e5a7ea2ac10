import { BankError, loadBank } from './assessment-schema';

const good = {
  id: 'a-l1-01',
  section: 'intro',
  objective: 1,
  demand: 'recall',
  kind: 'truefalse',
  prompt: 'A statement',
  answer: true,
  feedbackTrue: 'Right, because of this.',
  feedbackFalse: 'Not so, because of that.',
};

describe('loading the assessment bank', () => {
  it('adds each file’s lesson to its items', () => {
    expect(loadBank({ '01-a.ts': { lesson: 'lesson-a', items: [good] } })).toEqual([
      { ...good, lesson: 'lesson-a' },
    ]);
  });

  it('names the file, the item and the field of every problem', () => {
    const twoRight = {
      ...good,
      id: 'a-l1-02',
      kind: 'single',
      options: [
        { id: 'a', text: 'A', correct: true, feedback: 'Right, because.' },
        { id: 'b', text: 'B', correct: true, feedback: 'Also right?' },
        { id: 'c', text: 'C', correct: false, feedback: 'Wrong, because.' },
      ],
    };
    delete (twoRight as Record<string, unknown>).answer;
    delete (twoRight as Record<string, unknown>).feedbackTrue;
    delete (twoRight as Record<string, unknown>).feedbackFalse;
    const load = () =>
      loadBank({
        '01-a.ts': { lesson: 'lesson-a', items: [good, twoRight, { ...good, id: 'a-l1-03', objective: 0 }] },
        '02-b.ts': { lesson: 'lesson-b', items: [good] },
      });
    expect(load).toThrow(BankError);
    expect(load).toThrow(/lessons\/assessment\/01-a\.ts, item a-l1-02: needs exactly one correct option/);
    expect(load).toThrow(
      /lessons\/assessment\/01-a\.ts, item a-l1-03: counts objectives from 1 \(objective\)/,
    );
    expect(load).toThrow(
      /lessons\/assessment\/02-b\.ts, item a-l1-01: the id is also used in lessons\/assessment\/01-a\.ts/,
    );
  });
});
