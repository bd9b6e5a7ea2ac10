import { questionInteraction } from '../activities/question-interaction';
import type { Question } from '../activities/quiz-types';
import {
  scorm12Identifier,
  scorm12InteractionValues,
  scorm2004Identifier,
  scorm2004InteractionValues,
  scorm2004ObjectiveValues,
} from './scorm-interactions';

const manyOptions: Question = {
  id: 'q',
  kind: 'multiple',
  prompt: 'Pick',
  options: Array.from({ length: 40 }, (_, n) => ({
    id: `option ${n}`,
    text: `${n}`,
    correct: n < 2,
    feedback: '',
  })),
};

const values = (pairs: [string, string][]) => Object.fromEntries(pairs);

describe('SCORM interaction formats', () => {
  it('makes identifiers each version accepts, within its length', () => {
    expect(scorm12Identifier('l1 check.q 1')).toBe('l1-check.q-1');
    expect(scorm12Identifier('x'.repeat(300))).toHaveLength(255);
    expect(scorm12Identifier('')).toBe('x');
    expect(scorm2004Identifier('a b')).toBe('a-b');
    expect(scorm2004Identifier('---')).toMatch(/\w/);
    expect(scorm2004Identifier('y'.repeat(300))).toHaveLength(250);
  });

  it('writes SCORM 1.2 choices as single characters by content position, within 255 characters', () => {
    const interaction = questionInteraction(manyOptions, {
      kind: 'multiple',
      optionIds: manyOptions.kind === 'multiple' ? manyOptions.options.map((o) => o.id) : [],
    });
    const v = values(
      scorm12InteractionValues(3, {
        id: 'l1.q',
        interaction,
        correct: false,
        lesson: 'l1',
        at: '2026-03-02T09:15:30.000Z',
      }),
    );
    expect(v['cmi.interactions.3.correct_responses.0.pattern']).toBe('a,b');
    // 36 codes exist; options past them cannot be named in SCORM 1.2 and are left out.
    expect(v['cmi.interactions.3.student_response']!.split(',')).toHaveLength(36);
    expect(v['cmi.interactions.3.student_response']!.length).toBeLessThanOrEqual(255);
    expect(v['cmi.interactions.3.time']).toBe('09:15:30');
    expect(v['cmi.interactions.3.result']).toBe('wrong');
  });

  it('keeps SCORM 2004 texts within 250 characters and free of delimiters', () => {
    const question: Question = {
      id: 'q',
      kind: 'short',
      prompt: `{lang=fr} ${'long '.repeat(100)}`,
      accept: ['a[,]b'],
      feedbackCorrect: '',
      feedbackIncorrect: '',
    };
    const interaction = questionInteraction(question, {
      kind: 'short',
      text: `  ${'typed '.repeat(80)}[,] `,
    });
    const v = values(
      scorm2004InteractionValues(0, { id: 'x', interaction, correct: true, lesson: 'l', at: 'nonsense' }),
    );
    expect(v['cmi.interactions.0.learner_response']!.length).toBeLessThanOrEqual(250);
    expect(v['cmi.interactions.0.learner_response']).not.toMatch(/\[,\]|\s$/);
    expect(v['cmi.interactions.0.correct_responses.0.pattern']).toBe('a b');
    expect(v['cmi.interactions.0.description']!.startsWith('{')).toBe(false);
    expect(v['cmi.interactions.0.timestamp']).toBeUndefined();
    expect(v['cmi.interactions.0.result']).toBe('correct');
  });

  it('describes a lesson objective with its title', () => {
    expect(
      scorm2004ObjectiveValues(1, { id: 'greeting', title: 'Greeting customers', status: 'incomplete' }),
    ).toEqual([
      ['cmi.objectives.1.id', 'greeting'],
      ['cmi.objectives.1.completion_status', 'incomplete'],
      ['cmi.objectives.1.description', 'Greeting customers'],
    ]);
  });
});
