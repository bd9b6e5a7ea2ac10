import type { Choice, Ending, Scenario, ScenarioNode, TurnNode } from './scenario-types';
import { scenarioStats, validateScenario, validateScenarioOrThrow } from './scenario-validator';

const end = (id: string, outcome: Ending['outcome'] = 'satisfied'): Ending => ({
  id,
  outcome,
  title: id,
  narration: 'It ends.',
  debrief: 'Listen, own it, fix it.',
});

const choice = (id: string, next: string, extra: Partial<Choice> = {}): Choice => ({
  id,
  text: `Say ${id}`,
  feedback: `Because ${id}.`,
  next,
  ...extra,
});

const turn = (id: string, choices: Choice[], extra: Partial<TurnNode> = {}): TurnNode => ({
  kind: 'turn',
  id,
  customer: `Line at ${id}`,
  choices,
  ...extra,
});

const make = (nodes: ScenarioNode[], endings: Ending[] = [end('done')], start = 'a'): Scenario => ({
  id: 'demo',
  title: 'Demo',
  summary: 'A small scenario.',
  role: 'You serve.',
  persona: { name: 'Bo', description: 'A customer', situation: 'Something broke.', startingMood: 0 },
  start,
  nodes,
  endings,
});

const errorsOf = (s: Scenario) => {
  const result = validateScenario(s);
  return result.ok ? [] : result.errors;
};

describe('validateScenario', () => {
  it('accepts a well-formed scenario', () => {
    const s = make([turn('a', [choice('a-good', 'done', { best: true }), choice('a-bad', 'done')])]);
    expect(validateScenario(s)).toEqual({ ok: true });
  });

  it('rejects a duplicated id, naming the scenario, the id and both places', () => {
    const s = make([turn('a', [choice('a', 'done', { best: true })])]);
    const errors = errorsOf(s);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^Scenario "demo": the id "a" is used more than once/);
    expect(errors[0]).toContain('a choice in node "a"');
  });

  it('rejects a next that points nowhere', () => {
    const s = make([turn('a', [choice('a-go', 'nowhere', { best: true }), choice('a-end', 'done')])]);
    expect(errorsOf(s)).toEqual([
      'Scenario "demo": node "a", choice "a-go": "next" points to "nowhere", but there is no node or ending with that id.',
    ]);
  });

  it('rejects a start that points nowhere', () => {
    const s = make([turn('a', [choice('a-end', 'done', { best: true })])], [end('done')], 'missing');
    expect(errorsOf(s).join('\n')).toContain('"start" points to "missing"');
  });

  it('rejects an unreachable node', () => {
    const s = make([
      turn('a', [choice('a-end', 'done', { best: true })]),
      turn('orphan', [choice('o-end', 'done', { best: true })]),
    ]);
    expect(errorsOf(s)).toEqual([
      'Scenario "demo": node "orphan" can never be reached from the start ("a"). Link to it from a choice, or remove it.',
    ]);
  });

  it('rejects an unreachable ending', () => {
    const s = make(
      [turn('a', [choice('a-end', 'done', { best: true })])],
      [end('done'), end('forgotten', 'lost')],
    );
    expect(errorsOf(s)).toEqual([
      'Scenario "demo": ending "forgotten" can never be reached: no choice or branch leads to it.',
    ]);
  });

  it('rejects a loop with no way out', () => {
    const s = make([
      turn('a', [choice('a-end', 'done', { best: true }), choice('a-loop', 'b')]),
      turn('b', [choice('b-c', 'c', { best: true })]),
      turn('c', [choice('c-b', 'b', { best: true })]),
    ]);
    const errors = errorsOf(s);
    expect(errors).toEqual([
      'Scenario "demo": node "b": no ending can be reached from here, so a learner would be stuck (a loop with no way out?).',
      'Scenario "demo": node "c": no ending can be reached from here, so a learner would be stuck (a loop with no way out?).',
    ]);
  });

  it('rejects a node whose branch conditions can never come true', () => {
    const s = make([
      turn('a', [choice('a-on', 'gate', { best: true })]),
      {
        kind: 'branch',
        id: 'gate',
        rules: [{ when: { variable: 'mood', is: '>', value: 3 }, next: 'secret' }],
        otherwise: 'done',
      },
      turn('secret', [choice('s-end', 'done', { best: true })]),
    ]);
    expect(errorsOf(s)).toEqual([
      'Scenario "demo": node "secret" is linked, but the branch conditions on the way there can never all be true, so no learner will see it.',
    ]);
  });

  it('rejects a loop that traps learners only with some variable values', () => {
    const s = make([
      turn('a', [choice('a-warm', 'gate', { best: true, effects: { trust: 1 } }), choice('a-cold', 'gate')]),
      {
        kind: 'branch',
        id: 'gate',
        rules: [{ when: { variable: 'trust', is: '>=', value: 3 }, next: 'done' }],
        otherwise: 'wait',
      },
      turn('wait', [choice('w-again', 'gate', { best: true })]),
    ]);
    expect(errorsOf(s)).toEqual([
      'Scenario "demo": node "wait": a learner who arrives with mood 0, trust 2, score 0 can never reach an ending (a loop with no way out).',
    ]);
  });

  it('rejects branch nodes that loop back on themselves', () => {
    const s = make([
      turn('a', [choice('a-up', 'gate', { best: true, effects: { mood: 1 } }), choice('a-flat', 'gate')]),
      {
        kind: 'branch',
        id: 'gate',
        rules: [{ when: { variable: 'mood', is: '>', value: 0 }, next: 'done' }],
        otherwise: 'gate',
      },
    ]);
    const errors = errorsOf(s);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^Scenario "demo": branch nodes loop without reaching a turn or ending \(gate → gate/,
    );
  });

  it('rejects a turn with no choice marked best', () => {
    const s = make([turn('a', [choice('a-end', 'done')])]);
    expect(errorsOf(s)).toEqual([
      'Scenario "demo": node "a" has no choice marked best, so the best path cannot be shown.',
    ]);
  });

  it('rejects a free-text rubric with unknown actions, a bad goodAt, a broken cue or choices without readings', () => {
    const s = make([
      turn(
        'a',
        [
          choice('a-good', 'done', { best: true, reads: { actions: ['apologise'] } }),
          choice('a-bad', 'done'),
        ],
        {
          freeText: {
            actions: ['apologise', 'grovel' as never],
            essential: ['offer-remedy'],
            goodAt: 5,
            cues: { apologise: ['  '] },
          },
        },
      ),
    ]);
    expect(errorsOf(s)).toEqual([
      'Scenario "demo": node "a", choice "a-bad" has no "reads": say what this reply does, so a typed reply can be matched to it.',
      expect.stringContaining(
        'Scenario "demo": node "a", freeText rubric names an unknown action "grovel". Actions: acknowledge-feeling,',
      ),
      'Scenario "demo": node "a", freeText rubric: essential action "offer-remedy" is not one of its actions.',
      'Scenario "demo": node "a", freeText rubric: goodAt must be a whole number from 1 to 2, not 5.',
      'Scenario "demo": node "a", freeText rubric: Cue "  " is empty.',
      'Scenario "demo": node "a", freeText rubric: the best choice "a-good" does not read as essential "offer-remedy".',
    ]);
  });

  it('rejects ownCues naming an unknown action or one the rubric gives no cues for', () => {
    const s = make([
      turn('a', [choice('a-good', 'done', { best: true, reads: { actions: ['add-extra'] } })], {
        freeText: {
          actions: ['add-extra'],
          goodAt: 1,
          cues: { apologise: ['!sorry'] },
          ownCues: ['add-extra', 'grovel' as never],
        },
      }),
    ]);
    expect(errorsOf(s)).toEqual([
      'Scenario "demo": node "a", freeText rubric: ownCues names "add-extra", but the rubric gives no cues for it, so it could never be read.',
      expect.stringContaining(
        'Scenario "demo": node "a", freeText rubric: ownCues names an unknown action "grovel".',
      ),
    ]);
  });

  it('rejects a reading on a turn that has no free-text rubric', () => {
    const s = make([turn('a', [choice('a-end', 'done', { best: true, reads: { actions: ['apologise'] } })])]);
    expect(errorsOf(s)).toEqual([
      'Scenario "demo": node "a", choice "a-end" has "reads", but its turn has no freeText rubric.',
    ]);
  });

  it('rejects missing content and values off the scale', () => {
    const s = make([turn('a', [choice('a-end', 'done', { best: true, feedback: ' ' })], { mood: 7 })]);
    s.persona.startingMood = -5;
    const errors = errorsOf(s);
    expect(errors).toContain('Scenario "demo": persona "Bo": startingMood -5 is outside the scale -3..3.');
    expect(errors).toContain('Scenario "demo": node "a": mood 7 is outside the scale -3..3.');
    expect(errors).toContain(
      'Scenario "demo": node "a", choice "a-end" has no feedback explaining why it helps or hurts.',
    );
  });
});

describe('validateScenarioOrThrow', () => {
  it('returns a valid scenario unchanged', () => {
    const s = make([turn('a', [choice('a-end', 'done', { best: true })])]);
    expect(validateScenarioOrThrow(s)).toBe(s);
  });

  it('throws with every problem listed', () => {
    const s = make([turn('a', [choice('a-end', 'gone')])]);
    expect(() => validateScenarioOrThrow(s)).toThrow(/^Invalid role-play scenario:\n- /);
    expect(() => validateScenarioOrThrow(s)).toThrow(/no choice marked best/);
    expect(() => validateScenarioOrThrow(s)).toThrow(/points to "gone"/);
  });
});

describe('scenarioStats', () => {
  it('counts decision points, free-text turns, branches and endings by outcome', () => {
    const s = make(
      [
        turn('a', [choice('a-b', 'gate', { best: true })], {
          freeText: { actions: ['apologise'], goodAt: 1 },
        }),
        {
          kind: 'branch',
          id: 'gate',
          rules: [{ when: { variable: 'mood', is: '>', value: 0 }, next: 'win' }],
          otherwise: 'done',
        },
      ],
      [end('done'), end('win', 'promoter')],
    );
    expect(scenarioStats(s)).toEqual({
      decisionPoints: 1,
      freeTextTurns: 1,
      branchNodes: 1,
      endingsByOutcome: { lost: 0, satisfied: 1, promoter: 1 },
    });
  });
});
