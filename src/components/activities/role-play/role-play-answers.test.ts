import { scenarios } from '../../../../lessons/scenarios/index';
import { step, startState } from '../../../domain/activities/scenario-engine';
import type { Scenario } from '../../../domain/activities/scenario-types';
import {
  countSavedActions,
  readRolePlayAnswers,
  saveAfterMove,
  scenarioSummary,
  scoreShare,
} from './role-play-answers';

const scenario = scenarios['billing-error'] as Scenario;

describe('readRolePlayAnswers', () => {
  it('reads version-1 answers', () => {
    const answers = {
      version: 1,
      actions: [
        { type: 'choose', choiceId: 'be-open-own' },
        { type: 'reply', text: 'Sorry', choiceId: 'be-correct-part' },
      ],
      log: [
        { node: 'be-open', choice: 'be-open-own', at: '2025-01-01T00:00:00.000Z' },
        { node: 'be-correct', choice: 'be-correct-part', text: 'Sorry', at: '2025-01-01T00:01:00.000Z' },
      ],
    };
    expect(readRolePlayAnswers(answers)).toEqual(answers);
  });

  it('stops before a typed reply saved without the choice the coach matched it to', () => {
    const saved = {
      version: 1,
      actions: [
        { type: 'choose', choiceId: 'be-open-own' },
        { type: 'reply', text: 'Sorry' },
      ],
      log: [],
    };
    expect(readRolePlayAnswers(saved).actions).toEqual([{ type: 'choose', choiceId: 'be-open-own' }]);
    expect(countSavedActions(saved)).toBe(2);
  });

  it('starts fresh from anything else', () => {
    const fresh = { version: 1, actions: [], log: [] };
    for (const bad of [
      undefined,
      null,
      'x',
      [],
      { version: 2, actions: [] },
      { version: 1, actions: 'no' },
    ]) {
      expect(readRolePlayAnswers(bad)).toEqual(fresh);
    }
  });

  it('keeps the actions up to the first malformed one, and a log no longer than them', () => {
    const read = readRolePlayAnswers({
      version: 1,
      actions: [{ type: 'choose', choiceId: 'a' }, { type: 'choose' }, { type: 'choose', choiceId: 'c' }],
      log: [{ node: 'n1', at: 't1' }, { node: 'n2', at: 't2' }, { nope: true }],
    });
    expect(read.actions).toEqual([{ type: 'choose', choiceId: 'a' }]);
    expect(read.log).toEqual([{ node: 'n1', at: 't1' }]);
  });
});

describe('saveAfterMove', () => {
  const { maxScore } = scenarioSummary(scenario);

  it('records the move, not yet complete, and counts a new attempt on the first move', () => {
    const result = step(scenario, startState(scenario), { type: 'choose', choiceId: 'be-open-own' });
    if (!result.ok) throw new Error(result.error);
    const save = saveAfterMove({
      lesson: 'service-chain',
      scenario,
      state: result.state,
      entry: result.entry,
      log: [],
      maxScore,
      at: 'now',
      previousScore: 0.5,
    });
    expect(save).toEqual({
      lesson: 'service-chain',
      kind: 'roleplay',
      answers: {
        version: 1,
        actions: [{ type: 'choose', choiceId: 'be-open-own' }],
        log: [{ node: 'be-open', choice: 'be-open-own', at: 'now' }],
      },
      completed: false,
      score: 0.5,
      attempt: true,
      events: [
        {
          type: 'roleplay-responded',
          lesson: 'service-chain',
          scenario: 'billing-error',
          node: 'be-open',
          choice: 'be-open-own',
          // The scenario and the turn as the learner met them, for trackers that report interactions.
          detail: {
            scenario: { title: scenario.title, summary: scenario.summary },
            turn: {
              customer: expect.stringContaining('two hundred and twelve pounds'),
              freeText: false,
              choices: expect.arrayContaining([{ id: 'be-open-own', text: expect.any(String), best: true }]),
            },
          },
        },
      ],
    });
  });

  it('on the last move completes with the score share and a roleplay-ended event', () => {
    const { best } = scenarioSummary(scenario);
    let state = startState(scenario);
    for (const action of best.actions.slice(0, -1)) {
      const r = step(scenario, state, action);
      if (!r.ok) throw new Error(r.error);
      state = r.state;
    }
    const last = step(scenario, state, best.actions.at(-1)!);
    if (!last.ok) throw new Error(last.error);
    const save = saveAfterMove({
      lesson: 'l',
      scenario,
      state: last.state,
      entry: last.entry,
      log: [],
      maxScore,
      at: 'now',
      previousScore: undefined,
    });
    expect(save.completed).toBe(true);
    expect(save.score).toBe(1);
    expect(save.attempt).toBeUndefined();
    expect(save.events?.[1]).toEqual({
      type: 'roleplay-ended',
      lesson: 'l',
      scenario: 'billing-error',
      ending: 'be-end-promoter',
      outcome: 'promoter',
      score: 1,
      detail: { scenario: { title: scenario.title, summary: scenario.summary } },
    });
  });
});

describe('scenarioSummary and scoreShare', () => {
  it('works the best path and top score out once per scenario', () => {
    expect(scenarioSummary(scenario)).toBe(scenarioSummary(scenario));
    expect(scenarioSummary(scenario).maxScore).toBe(11);
  });

  it('gives the score as a share of the best, within 0..1', () => {
    expect(scoreShare(4, 8)).toBe(0.5);
    expect(scoreShare(12, 8)).toBe(1);
    expect(scoreShare(3, 0)).toBe(1);
  });
});
