import { assessReply } from '../../src/domain/activities/reply-rubric';
import { bestPath, maxScore, replay } from '../../src/domain/activities/scenario-engine';
import type { TurnNode } from '../../src/domain/activities/scenario-types';
import { scenarioStats, validateScenario } from '../../src/domain/activities/scenario-validator';
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

  it('at free-text turns, the coach reads each scripted reply as the profile it stands for', () => {
    for (const node of turns.filter((n) => n.freeText)) {
      for (const choice of node.choices) {
        const profile = assessReply(choice.text).profile;
        expect({ choice: choice.id, fits: choice.matches?.includes(profile) ?? false, profile }).toEqual({
          choice: choice.id,
          fits: true,
          profile,
        });
      }
      const excellent = node.choices.find((c) => c.matches?.includes('excellent'));
      expect(excellent?.best).toBe(true);
    }
  });

  it('writes feedback that explains, and a debrief for every ending', () => {
    for (const node of turns)
      for (const c of node.choices) expect(c.feedback.split(/\s+/).length).toBeGreaterThanOrEqual(12);
    for (const e of scenario.endings) expect(e.debrief.split(/\s+/).length).toBeGreaterThanOrEqual(25);
  });
});
