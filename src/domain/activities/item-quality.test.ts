import type { ChoiceOption, Question } from './quiz-types';
import type { Scenario, TurnNode } from './scenario-types';
import {
  checkNearDuplicates,
  checkQuestionGroup,
  checkQuestionSet,
  checkScenario,
  formatFinding,
  stemSimilarity,
} from './item-quality';

const opt = (id: string, text: string, correct = false): ChoiceOption => ({
  id,
  text,
  correct,
  feedback: 'why',
});
const single = (id: string, options: ChoiceOption[]): Question => ({
  id,
  kind: 'single',
  prompt: `Prompt ${id}`,
  options,
});
const tf = (id: string, prompt: string, answer: boolean): Question => ({
  id,
  kind: 'truefalse',
  prompt,
  answer,
  feedbackTrue: 'x',
  feedbackFalse: 'y',
});
const set = (questions: Question[], file = 'lessons/01-x.mdx') => ({ file, activity: 'l1-check', questions });

describe('item-quality gate', () => {
  it('flags a right answer that is the longest option too often, naming the file and the items', () => {
    const long = (id: string) =>
      single(id, [
        opt('a', 'The complete and carefully qualified answer', true),
        opt('b', 'No'),
        opt('c', 'Maybe'),
      ]);
    const findings = checkQuestionSet(set([long('q1'), long('q2'), tf('q3', 'Plain', true)]));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'lessons/01-x.mdx', item: 'l1-check', rule: 'longest-key' });
    expect(findings[0]?.message).toMatch(/q1, q2/);
    expect(formatFinding(findings[0]!)).toMatch(/^lessons\/01-x\.mdx › l1-check \[longest-key\]/);
  });

  it('allows the longest right answer in a third of the items', () => {
    const short = (id: string) => single(id, [opt('a', 'Yes', true), opt('b', 'A longer wrong option')]);
    const long = single('q3', [opt('a', 'The longer right option', true), opt('b', 'No')]);
    expect(checkQuestionSet(set([short('q1'), short('q2'), long]))).toEqual([]);
  });

  it('flags absolute words in true statements and right options, not in false ones', () => {
    const findings = checkQuestionSet(
      set([
        tf('t1', 'Customers always notice poor service.', true),
        tf('t2', 'Customers never notice poor service.', false),
        single('s1', [opt('a', 'Only the manager', true), opt('b', 'All the staff, always')]),
      ]),
    );
    expect(findings.map((f) => [f.item, f.rule])).toEqual([
      ['t1', 'absolute-words'],
      ['s1', 'absolute-words'],
    ]);
  });

  it('flags a "select all" item that ticking every box would mostly win', () => {
    const q: Question = {
      id: 'm1',
      kind: 'multiple',
      prompt: 'Select all',
      options: [opt('a', 'A', true), opt('b', 'B', true), opt('c', 'C', true), opt('d', 'D')],
    };
    expect(checkQuestionSet(set([q]))[0]).toMatchObject({ item: 'm1', rule: 'select-all' });
  });

  it('flags keys that sit in one position, distractors always last, one count of right options, and unbalanced true/false', () => {
    const keyFirst = (id: string) => single(id, [opt('a', 'x', true), opt('b', 'y'), opt('c', 'z')]);
    const multi = (id: string): Question => ({
      id,
      kind: 'multiple',
      prompt: 'p',
      options: [opt('a', 'a', true), opt('b', 'b', true), opt('c', 'c'), opt('d', 'd')],
    });
    const rules = checkQuestionGroup('lesson quizzes', [
      set([
        keyFirst('s1'),
        keyFirst('s2'),
        keyFirst('s3'),
        multi('m1'),
        multi('m2'),
        multi('m3'),
        tf('t1', 'a', false),
        tf('t2', 'b', false),
      ]),
    ]).map((f) => f.rule);
    expect(rules.sort()).toEqual(['correct-count', 'distractor-last', 'key-position', 'true-false-balance']);
  });

  it('passes a balanced group', () => {
    const findings = checkQuestionGroup('bank', [
      set([
        single('s1', [opt('a', 'x', true), opt('b', 'y')]),
        single('s2', [opt('a', 'x'), opt('b', 'y', true)]),
        tf('t1', 'a', true),
        tf('t2', 'b', false),
      ]),
    ]);
    expect(findings).toEqual([]);
  });

  it('finds final-bank stems that nearly repeat a practice question', () => {
    expect(
      stemSimilarity(
        'Which component is outside the organisation’s control?',
        'Which component is outside the organisation’s control?',
      ),
    ).toBe(1);
    const quiz = set([
      tf('l2-q4', 'A customer who receives exactly the amount they expected feels short-changed.', false),
    ]);
    const bank = set(
      [tf('a-l2-99', 'A customer who receives exactly the amount they expected feels short changed', false)],
      'lessons/assessment/02.ts',
    );
    expect(checkNearDuplicates([quiz], [bank])[0]).toMatchObject({
      file: 'lessons/assessment/02.ts',
      item: 'a-l2-99',
      rule: 'near-duplicate',
    });
  });
});

describe('role-play checks', () => {
  const turn = (id: string, best: string, other: string): TurnNode => ({
    kind: 'turn',
    id,
    customer: 'Hello',
    choices: [
      { id: `${id}-best`, text: best, feedback: 'f', next: 'end', best: true },
      { id: `${id}-other`, text: other, feedback: 'f', next: 'end' },
    ],
  });
  const scenario = (nodes: TurnNode[]): Scenario => ({
    id: 'demo',
    title: 't',
    summary: 's',
    role: 'r',
    persona: { name: 'A B', description: 'd', situation: 's', startingMood: 0 },
    start: nodes[0]!.id,
    nodes,
    endings: [],
  });

  it('flags a scenario whose best reply is usually the longest and never the plain one', () => {
    const findings = checkScenario({
      file: 'lessons/scenarios/demo.ts',
      scenario: scenario([
        turn('t1', 'A long and careful best reply', 'No'),
        turn('t2', 'Another long best reply', 'Eh'),
      ]),
    });
    expect(findings.map((f) => f.rule)).toEqual(['longest-reply', 'plain-reply']);
    expect(findings[0]?.file).toBe('lessons/scenarios/demo.ts');
  });

  it('passes a scenario where the best reply is sometimes short and plain', () => {
    const findings = checkScenario({
      file: 'f',
      scenario: scenario([
        turn('t1', 'Yes, I can do that now.', 'Well, that depends on a great many things, to be honest'),
        turn('t2', 'A long and careful best reply', 'No'),
        turn('t3', 'Sure.', 'Let me explain our whole returns policy first'),
      ]),
    });
    expect(findings).toEqual([]);
  });

  /** `count` three-reply turns in a row; the best ending needs `need` points (2 per best reply, 1 per plain one). */
  const guessable = (count: number, need: number): Scenario => {
    const ids = Array.from({ length: count }, (_, i) => `g${i}`);
    const turns = ids.map((id, i): TurnNode => ({
      kind: 'turn',
      id,
      customer: 'Well?',
      choices: [
        {
          id: `${id}-b`,
          text: 'Sure.',
          feedback: 'f',
          effects: { score: 2 },
          next: ids[i + 1] ?? 'o',
          best: true,
        },
        {
          id: `${id}-p`,
          text: 'I suppose that could work',
          feedback: 'f',
          effects: { score: 1 },
          next: ids[i + 1] ?? 'o',
        },
        {
          id: `${id}-w`,
          text: 'That is not my department at all',
          feedback: 'f',
          next: ids[i + 1] ?? 'o',
        },
      ],
    }));
    return {
      ...scenario(turns),
      nodes: [
        ...turns,
        {
          kind: 'branch',
          id: 'o',
          rules: [{ when: { variable: 'score', is: '>=', value: need }, next: 'top' }],
          otherwise: 'ok',
        },
      ],
      endings: [
        { id: 'top', outcome: 'promoter', title: 't', narration: 'n', debrief: 'd' },
        { id: 'ok', outcome: 'satisfied', title: 't', narration: 'n', debrief: 'd' },
      ],
    };
  };

  it('flags a scenario whose best ending a learner pressing replies at random reaches too often', () => {
    // Four turns and a bar one point below flawless: 1 + 4 plays of 81, about 6%.
    const findings = checkScenario({ file: 'lessons/scenarios/demo.ts', scenario: guessable(4, 7) });
    expect(findings.map((f) => [f.rule, f.item])).toEqual([['guessable-ending', 'demo']]);
    expect(findings[0]?.message).toMatch(/6\.2% of plays; at most 1% may/);
  });

  it('passes a scenario whose best ending needs the best replies', () => {
    // Five turns, flawless only: 1 play in 243.
    expect(checkScenario({ file: 'f', scenario: guessable(5, 10) })).toEqual([]);
  });
});
