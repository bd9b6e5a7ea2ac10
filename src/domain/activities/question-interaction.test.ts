import { answeredQuestion, questionInteraction } from './question-interaction';
import type { Question } from './quiz-types';

const single: Question = {
  id: 'q1',
  kind: 'single',
  prompt: 'Who?',
  options: [
    { id: 'a', text: 'A', correct: false, feedback: '' },
    { id: 'b', text: 'B', correct: true, feedback: '' },
  ],
};

describe('a question as a tracker-neutral interaction', () => {
  it('names each kind by the type SCORM and xAPI share, with content ids', () => {
    expect(questionInteraction(single, { kind: 'single', optionId: 'a' })).toEqual({
      type: 'choice',
      description: 'Who?',
      choices: ['a', 'b'],
      response: ['a'],
      correct: ['b'],
    });
    const matching: Question = {
      id: 'm',
      kind: 'matching',
      prompt: 'Match',
      pairs: [
        { id: 'x', left: 'X', right: '1' },
        { id: 'y', left: 'Y', right: '2' },
      ],
    };
    expect(questionInteraction(matching, { kind: 'matching', matches: { x: 'y', y: 'nope' } })).toMatchObject(
      {
        type: 'matching',
        response: [['x', 'y']],
        correct: [
          ['x', 'x'],
          ['y', 'y'],
        ],
      },
    );
  });

  it('reads no answer, or an answer of another kind, as empty and wrong', () => {
    expect(answeredQuestion(single, undefined)).toMatchObject({
      correct: false,
      credit: 0,
      interaction: { response: [] },
    });
    expect(answeredQuestion(single, { kind: 'truefalse', value: true })).toMatchObject({ correct: false });
    expect(answeredQuestion(single, { kind: 'single', optionId: 'b' })).toMatchObject({
      correct: true,
      credit: 1,
    });
  });
});
