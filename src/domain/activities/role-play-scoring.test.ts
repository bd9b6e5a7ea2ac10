import { scenarios } from '../../../lessons/scenarios/index';
import type { EngineState } from './scenario-engine';
import { initialVariables, maxScore, replay, startState, step } from './scenario-engine';
import type { Scenario } from './scenario-types';
import { effectsInWords, movePoints, pointsInWords, pointsTotal, shownChanges } from './role-play-scoring';

function scenario(id: string): Scenario {
  const found = scenarios[id];
  if (!found) throw new Error(`Missing scenario ${id}`);
  return found;
}

function play(s: Scenario, choiceIds: string[]): EngineState {
  const result = replay(
    s,
    choiceIds.map((choiceId) => ({ type: 'choose', choiceId })),
  );
  if (result.error) throw new Error(result.error.message);
  return result;
}

/** Every complete play of a scenario, up to `limit` plays, depth first. */
function everyPlay(s: Scenario, limit = 4000): EngineState[] {
  const done: EngineState[] = [];
  const walk = (state: EngineState) => {
    if (done.length >= limit) return;
    if (!state.node) {
      done.push(state);
      return;
    }
    for (const choice of state.node.choices) {
      const next = step(s, state, { type: 'choose', choiceId: choice.id });
      if (next.ok) walk(next.state);
    }
  };
  walk(startState(s));
  return done;
}

const SNAP_THEN_APOLOGISE = [
  'rt-open-snap',
  'rt-escalate-reset',
  'rt-search-own',
  'rt-id-pin',
  'rt-found-gracious',
  'rt-prevent-practical',
];

describe('role-play scoring in the rising-tension scenario', () => {
  const rt = scenario('rising-tension');

  it('really takes away the point it shows as lost when snapping at a customer', () => {
    const state = play(rt, ['rt-open-snap']);
    const snap = state.history[0];
    expect(snap && effectsInWords(snap)).toContain('−1 point');
    expect(state.variables.score).toBe(-1);
  });

  it('never shows "Trust −1 (now 0 of 5)" when trust was already 0', () => {
    expect(rt.persona.startingTrust).toBe(0);
    const snap = play(rt, ['rt-open-snap']).history[0];
    if (!snap) throw new Error('no move');
    expect(effectsInWords(snap)).not.toMatch(/Trust −1/);
    expect(shownChanges(snap).find((c) => c.scale === 'trust')).toEqual({
      scale: 'trust',
      change: 0,
      text: 'Trust already at its lowest (0 of 5)',
    });
  });

  it('cannot end with 10 of 11 points after snapping and then apologising', () => {
    expect(maxScore(rt)).toBe(11);
    const state = play(rt, SNAP_THEN_APOLOGISE);
    expect(state.ended).toBe(true);
    expect(state.variables.score).toBe(9);
    expect(pointsTotal(state.history)).toBe(9);
    expect(state.history.map(movePoints)).toEqual([-1, 1, 3, 2, 2, 2]);
  });
});

describe.each(Object.keys(scenarios))('scenario %s: the debrief total adds up', (id) => {
  const s = scenario(id);
  const plays = everyPlay(s);

  it('has plays to check', () => {
    expect(plays.length).toBeGreaterThan(10);
  });

  it('ends every play with the sum of the points shown after each move', () => {
    const mismatches = plays.filter((p) => pointsTotal(p.history) !== p.variables.score);
    expect(mismatches).toEqual([]);
  });

  it('shows trust and points changes equal to how far the values really moved', () => {
    const start = initialVariables(s);
    const wrong = plays.flatMap((p) =>
      p.history.flatMap((entry, i) => {
        const before = i === 0 ? start : (p.history[i - 1]?.variables ?? start);
        const shown = (scale: 'trust' | 'score') =>
          shownChanges(entry).find((c) => c.scale === scale)?.change ?? 0;
        const trustMoved = entry.variables.trust - before.trust;
        const pointsMoved = entry.variables.score - before.score;
        return shown('trust') === trustMoved && shown('score') === pointsMoved
          ? []
          : [`${entry.choiceId}: ${effectsInWords(entry)}`];
      }),
    );
    expect(wrong).toEqual([]);
  });
});

describe('pointsInWords', () => {
  it('writes points with a true minus sign and a singular for one', () => {
    expect([2, 1, 0, -1, -3].map(pointsInWords)).toEqual([
      '+2 points',
      '+1 point',
      '0 points',
      '−1 point',
      '−3 points',
    ]);
  });
});
