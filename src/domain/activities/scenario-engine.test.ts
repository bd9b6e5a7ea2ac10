import {
  applyEffects,
  bestPath,
  evaluateCondition,
  exploreScenario,
  maxScore,
  moodLabel,
  replay,
  startState,
  step,
  trustLabel,
} from './scenario-engine';
import type { Action, EngineState, StepResult } from './scenario-engine';
import type { Scenario } from './scenario-types';

const ending = (id: string, outcome: 'lost' | 'satisfied' | 'promoter') => ({
  id,
  outcome,
  title: id,
  narration: `The ${outcome} ending.`,
  debrief: 'A great representative would have listened first.',
});

const scenario: Scenario = {
  id: 'tiny',
  title: 'Tiny',
  summary: 'A two-turn test scenario.',
  role: 'You are at the desk.',
  persona: {
    name: 'Ana',
    description: 'A customer',
    situation: 'Her toaster broke.',
    startingMood: -1,
    startingTrust: 2,
  },
  start: 'open',
  nodes: [
    {
      kind: 'turn',
      id: 'open',
      customer: 'My toaster broke.',
      choices: [
        {
          id: 'open-warm',
          text: 'Oh no, tell me more.',
          feedback: 'Listening first.',
          effects: { mood: 1, trust: 1, score: 2 },
          next: 'fix',
          best: true,
        },
        {
          id: 'open-cold',
          text: 'Receipt?',
          feedback: 'Cold.',
          effects: { mood: -1, trust: -2 },
          next: 'check-trust',
        },
      ],
    },
    {
      kind: 'branch',
      id: 'check-trust',
      rules: [{ when: { variable: 'trust', is: '<', value: 1 }, next: 'manager' }],
      otherwise: 'fix',
    },
    {
      kind: 'turn',
      id: 'manager',
      customer: 'Get me your manager.',
      mood: -3,
      choices: [
        {
          id: 'manager-fetch',
          text: 'Of course.',
          feedback: 'Fine.',
          effects: { score: 1 },
          next: 'end-satisfied',
          best: true,
        },
        { id: 'manager-refuse', text: 'No.', feedback: 'Bad.', next: 'end-lost' },
      ],
    },
    {
      kind: 'turn',
      id: 'fix',
      customer: 'So what will you do?',
      freeText: { actions: ['apologise', 'offer-remedy', 'commit-time'], goodAt: 2 },
      choices: [
        {
          id: 'fix-great',
          text: 'Great reply',
          feedback: 'Great.',
          effects: { mood: 2, trust: 2, score: 2 },
          next: 'outcome',
          best: true,
          reads: { actions: ['apologise', 'offer-remedy', 'commit-time'] },
        },
        {
          id: 'fix-ok',
          text: 'OK reply',
          feedback: 'OK.',
          effects: { score: 1 },
          next: 'outcome',
          reads: { actions: ['apologise'] },
        },
        {
          id: 'fix-bad',
          text: 'Bad reply',
          feedback: 'Bad.',
          effects: { mood: -3 },
          next: 'end-lost',
          reads: { actions: [], faults: ['blame-customer'] },
        },
      ],
    },
    {
      kind: 'branch',
      id: 'outcome',
      rules: [
        {
          when: {
            all: [
              { variable: 'trust', is: '>=', value: 4 },
              { variable: 'mood', is: '>=', value: 2 },
            ],
          },
          next: 'end-promoter',
        },
      ],
      otherwise: 'end-satisfied',
    },
  ],
  endings: [
    ending('end-lost', 'lost'),
    ending('end-satisfied', 'satisfied'),
    ending('end-promoter', 'promoter'),
  ],
};

const great =
  "I can see it broke and that must be frustrating. I'm sorry: I'll replace it today. Does that work?";

function ok(result: StepResult): EngineState {
  if (!result.ok) throw new Error(result.error);
  return result.state;
}

describe('startState', () => {
  it('starts at the first turn with the persona mood and trust and no score', () => {
    const state = startState(scenario);
    expect(state.node?.id).toBe('open');
    expect(state.variables).toEqual({ mood: -1, trust: 2, score: 0 });
    expect(state.ended).toBe(false);
    expect(state.history).toEqual([]);
  });
});

describe('step', () => {
  it('applies a choice: effects, history entry with feedback, next node', () => {
    const result = step(scenario, startState(scenario), { type: 'choose', choiceId: 'open-warm' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.state.node?.id).toBe('fix');
    expect(result.state.variables).toEqual({ mood: 0, trust: 3, score: 2 });
    expect(result.entry).toMatchObject({
      nodeId: 'open',
      choiceId: 'open-warm',
      feedback: 'Listening first.',
      best: true,
    });
  });

  it('passes through a branch on the variables and applies a node mood on arrival', () => {
    const state = ok(step(scenario, startState(scenario), { type: 'choose', choiceId: 'open-cold' }));
    expect(state.node?.id).toBe('manager');
    expect(state.trail).toEqual(['open', 'check-trust', 'manager']);
    expect(state.variables).toEqual({ mood: -3, trust: 0, score: 0 });
  });

  it('continues a typed reply from the choice it names, keeping the learner’s words', () => {
    const first = ok(step(scenario, startState(scenario), { type: 'choose', choiceId: 'open-warm' }));
    const result = step(scenario, first, { type: 'reply', text: great, choiceId: 'fix-great' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.entry.choiceId).toBe('fix-great');
    expect(result.entry.text).toBe(great);
    expect(result.state.ending?.outcome).toBe('promoter');
  });

  it('sends a typed reply matched to the defensive choice down that branch', () => {
    const first = ok(step(scenario, startState(scenario), { type: 'choose', choiceId: 'open-warm' }));
    const state = ok(
      step(scenario, first, {
        type: 'reply',
        text: 'Calm down, you should have read the manual.',
        choiceId: 'fix-bad',
      }),
    );
    expect(state.history.at(-1)?.choiceId).toBe('fix-bad');
    expect(state.ended).toBe(true);
    expect(state.ending?.outcome).toBe('lost');
    expect(state.node).toBeNull();
  });

  it('rejects a typed reply that names a choice this turn does not have', () => {
    const first = ok(step(scenario, startState(scenario), { type: 'choose', choiceId: 'open-warm' }));
    const result = step(scenario, first, { type: 'reply', text: great, choiceId: 'manager-fetch' });
    expect(result).toEqual({
      ok: false,
      error: expect.stringContaining('no reply "manager-fetch"'),
      state: first,
    });
  });

  it('returns a clear error, and the unchanged state, for actions that do not fit', () => {
    const start = startState(scenario);
    const unknown = step(scenario, start, { type: 'choose', choiceId: 'nope' });
    expect(unknown).toEqual({ ok: false, error: expect.stringContaining('no choice "nope"'), state: start });
    const notFree = step(scenario, start, { type: 'reply', text: 'hello', choiceId: 'open-warm' });
    expect(notFree.ok === false && notFree.error).toMatch(/pick one of the choices/);
    const atFix = ok(step(scenario, start, { type: 'choose', choiceId: 'open-warm' }));
    const empty = step(scenario, atFix, { type: 'reply', text: '  ', choiceId: 'fix-great' });
    expect(empty.ok === false && empty.error).toMatch(/Write a reply/);
    const other = step({ ...scenario, id: 'other' }, start, { type: 'choose', choiceId: 'open-warm' });
    expect(other.ok === false && other.error).toMatch(/belongs to scenario "tiny"/);
  });

  it('refuses to go on after an ending', () => {
    const ended = replay(scenario, [
      { type: 'choose', choiceId: 'open-cold' },
      { type: 'choose', choiceId: 'manager-refuse' },
    ]);
    expect(ended.ending?.id).toBe('end-lost');
    const result = step(scenario, ended, { type: 'choose', choiceId: 'manager-fetch' });
    expect(result.ok === false && result.error).toMatch(/already ended/);
  });

  it('does not change the state it is given', () => {
    const start = Object.freeze(startState(scenario));
    const before = JSON.stringify(start);
    step(scenario, start, { type: 'choose', choiceId: 'open-warm' });
    expect(JSON.stringify(start)).toBe(before);
  });
});

describe('replay', () => {
  const actions: Action[] = [
    { type: 'choose', choiceId: 'open-warm' },
    { type: 'reply', text: great, choiceId: 'fix-great' },
  ];

  it('rebuilds the same state as stepping, deterministically', () => {
    const a = replay(scenario, actions);
    const b = replay(scenario, actions);
    expect(a).toEqual(b);
    expect(a.error).toBeNull();
    expect(a.ended).toBe(true);
    expect(a.ending?.id).toBe('end-promoter');
    expect(a.history.map((h) => h.choiceId)).toEqual(['open-warm', 'fix-great']);
    expect(a.actions).toEqual(actions);
  });

  it('stops at the first action that no longer fits and says which', () => {
    const result = replay(scenario, [
      { type: 'choose', choiceId: 'open-warm' },
      { type: 'choose', choiceId: 'gone' },
    ]);
    expect(result.error).toEqual({ index: 1, message: expect.stringContaining('"gone"') });
    expect(result.node?.id).toBe('fix');
    expect(result.history).toHaveLength(1);
  });
});

describe('variables', () => {
  it('clamps mood and trust to their scales, and keeps every point lost', () => {
    expect(applyEffects({ mood: 2, trust: 4, score: 1 }, { mood: 5, trust: 5, score: -9 })).toEqual({
      mood: 3,
      trust: 5,
      score: -8,
    });
    expect(applyEffects({ mood: -2, trust: 1, score: 0 }, { mood: -5, trust: -5 })).toEqual({
      mood: -3,
      trust: 0,
      score: 0,
    });
  });

  it('labels mood and trust in words', () => {
    expect([-3, -2, -1, 0, 1, 2, 3].map(moodLabel)).toEqual([
      'angry',
      'frustrated',
      'uneasy',
      'neutral',
      'calm',
      'pleased',
      'delighted',
    ]);
    expect(moodLabel(10)).toBe('delighted');
    expect([0, 2, 5].map(trustLabel)).toEqual(['low', 'some', 'high']);
  });

  it('evaluates all / any conditions', () => {
    const v = { mood: 1, trust: 3, score: 0 };
    expect(
      evaluateCondition(
        {
          any: [
            { variable: 'mood', is: '>', value: 2 },
            { variable: 'trust', is: '=', value: 3 },
          ],
        },
        v,
      ),
    ).toBe(true);
    expect(
      evaluateCondition(
        {
          all: [
            { variable: 'mood', is: '>', value: 2 },
            { variable: 'trust', is: '=', value: 3 },
          ],
        },
        v,
      ),
    ).toBe(false);
    expect(evaluateCondition({ variable: 'score', is: '!=', value: 0 }, v)).toBe(false);
  });
});

describe('bestPath and maxScore', () => {
  it('follows the best choices to the promoter ending', () => {
    const path = bestPath(scenario);
    expect(path.complete).toBe(true);
    expect(path.steps.map((s) => [s.nodeId, s.choiceId])).toEqual([
      ['open', 'open-warm'],
      ['fix', 'fix-great'],
    ]);
    expect(path.ending?.outcome).toBe('promoter');
    expect(replay(scenario, path.actions).ending?.id).toBe('end-promoter');
  });

  it('finds the highest score any play can reach', () => {
    expect(maxScore(scenario)).toBe(4);
    expect(maxScore({ ...scenario, start: 'manager' })).toBe(1);
  });

  it('explores every reachable node and ending', () => {
    const found = exploreScenario(scenario);
    expect([...found.reachedNodes].sort()).toEqual(['check-trust', 'fix', 'manager', 'open', 'outcome']);
    expect(found.reachedEndings.size).toBe(3);
    expect(found.stuck).toEqual([]);
  });
});
