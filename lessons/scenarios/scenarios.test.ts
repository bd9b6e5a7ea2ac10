import { judgeReply } from '../../src/domain/activities/reply-rubric';
import { readEnglish } from '../../src/domain/lib/language/compromise-reader';
import { bestPath, maxScore, replay } from '../../src/domain/activities/scenario-engine';
import type { TurnNode } from '../../src/domain/activities/scenario-types';
import { scenarioStats, validateScenario } from '../../src/domain/activities/scenario-validator';
import { countDistribution, outcomeChances } from '../../src/domain/activities/scenario-guessing';
import { scenarios } from './index';

const IDS = [
  'returned-product',
  'internal-it-help',
  'billing-error',
  'rising-tension',
  'exceed-expectations',
  'chat-queue',
  'email-complaint',
  'policy-no',
  'abusive-guest',
  'distressed-caller',
];

describe('scenarios index', () => {
  it('holds exactly the course scenarios, each under its own id', () => {
    expect(Object.keys(scenarios).sort()).toEqual([...IDS].sort());
    for (const [key, s] of Object.entries(scenarios)) expect(s.id).toBe(key);
  });
});

describe('the set of role-plays against guessing', () => {
  // Replies are shuffled uniformly per learner and turn, so always pressing the first (or last) button
  // is a random press at every turn: these are exact chances over every path.
  const chances = Object.values(scenarios).map((s) => outcomeChances(s).promoter);

  it('lets a learner who presses replies by position reach at most one best ending, 99 times in 100', () => {
    const [none = 0, one = 0] = countDistribution(chances);
    expect(none + one).toBeGreaterThanOrEqual(0.99);
  });

  it('gives such a learner well under one best ending on average, and the written order none', () => {
    expect(chances.reduce((a, b) => a + b, 0)).toBeLessThan(0.1);
    const firstAlways = Object.values(scenarios).filter((s) => {
      let state = replay(s, []);
      while (state.node) {
        const first = state.node.choices[0];
        if (!first) break;
        state = replay(s, [...state.actions, { type: 'choose', choiceId: first.id }]);
      }
      return state.ending?.outcome === 'promoter';
    });
    expect(firstAlways.map((s) => s.id)).toEqual([]);
  });
});

describe.each(IDS)('scenario %s', (id) => {
  const scenario = scenarios[id];
  if (!scenario) throw new Error(`Missing scenario ${id}`);
  const turns = scenario.nodes.filter((n): n is TurnNode => n.kind === 'turn');

  it('passes the validator', () => {
    expect(validateScenario(scenario)).toEqual({ ok: true });
  });

  it('has at least three endings covering lost, satisfied and promoter', () => {
    const stats = scenarioStats(scenario);
    expect(scenario.endings.length).toBeGreaterThanOrEqual(3);
    expect(stats.endingsByOutcome.lost).toBeGreaterThan(0);
    expect(stats.endingsByOutcome.satisfied).toBeGreaterThan(0);
    expect(stats.endingsByOutcome.promoter).toBeGreaterThan(0);
  });

  it('has at least eight decision points, a free-text turn and a branch on the variables', () => {
    const stats = scenarioStats(scenario);
    expect(stats.decisionPoints).toBeGreaterThanOrEqual(8);
    expect(stats.freeTextTurns).toBeGreaterThanOrEqual(1);
    expect(stats.branchNodes).toBeGreaterThanOrEqual(1);
  });

  it('has a best path that ends with a promoter and earns the top score', () => {
    const path = bestPath(scenario);
    expect(path.complete).toBe(true);
    expect(path.ending?.outcome).toBe('promoter');
    expect(path.variables.score).toBe(maxScore(scenario));
    expect(path.steps.length).toBeGreaterThanOrEqual(4);
  });

  it('replays the best path through the engine to the same ending', () => {
    const path = bestPath(scenario);
    const result = replay(scenario, path.actions);
    expect(result.error).toBeNull();
    expect(result.ended).toBe(true);
    expect(result.ending?.id).toBe(path.ending?.id);
    expect(result.history.every((h) => h.best)).toBe(true);
  });

  it('writes feedback that explains, and a debrief for every ending', () => {
    for (const node of turns)
      for (const c of node.choices) expect(c.feedback.split(/\s+/).length).toBeGreaterThanOrEqual(12);
    for (const e of scenario.endings) expect(e.debrief.split(/\s+/).length).toBeGreaterThanOrEqual(25);
  });
});

// Every scenario in the registry, including ones added later, so each free-text turn is checked.
describe.each(Object.keys(scenarios))('free-text turns of %s', (id) => {
  const scenario = scenarios[id];
  if (!scenario) throw new Error(`Missing scenario ${id}`);
  const freeTurns = scenario.nodes.filter(
    (n): n is TurnNode => n.kind === 'turn' && n.freeText !== undefined,
  );

  it('the coach reads each scripted reply as itself: the conversation continues from the choice typed', () => {
    for (const node of freeTurns) {
      for (const choice of node.choices) {
        const judged = judgeReply(node, choice.text, readEnglish(choice.text));
        expect({ choice: choice.id, continuesFrom: judged.choiceId }).toEqual({
          choice: choice.id,
          continuesFrom: choice.id,
        });
      }
    }
  });

  it('the coach judges the best scripted reply good, and a reply with a fault harmful', () => {
    for (const node of freeTurns) {
      for (const choice of node.choices) {
        const verdict = judgeReply(node, choice.text, readEnglish(choice.text)).verdict;
        const faulty = (choice.reads?.faults ?? []).length > 0;
        const expected = choice.best ? 'good' : faulty ? 'harmful' : verdict;
        expect({ choice: choice.id, verdict }).toEqual({ choice: choice.id, verdict: expected });
      }
    }
  });
});
