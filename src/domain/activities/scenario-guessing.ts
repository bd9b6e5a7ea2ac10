/**
 * How far pressing buttons without reading gets a learner in a role-play. Replies are shown in a
 * uniform shuffle, a fresh one at every turn (see `presentReplies`), so a learner who always presses
 * the first button (or the last, or the third) picks each reply of a turn with equal chance. The
 * chance of each ending for such a learner is therefore the chance of a random walk through the
 * scenario: at every turn each reply is taken with probability 1 / number of replies.
 *
 * A free-text turn counts its buttons only: a learner who guesses by position presses one of the
 * buttons shown beside the box; typing is not guessing.
 */
import { startState, step } from './scenario-engine';
import type { EngineState } from './scenario-engine';
import type { Outcome, Scenario } from './scenario-types';

export type OutcomeChances = Record<Outcome, number> & {
  /** Plays that never end: a broken link, or a loop that runs past the round limit. */
  unfinished: number;
};

/** More turns than any conversation has; what is still under way after this many counts as unfinished. */
const MAX_ROUNDS = 500;

const keyOf = (s: EngineState) =>
  `${s.node?.id ?? `end:${s.ending?.id ?? ''}`}|${s.variables.mood}|${s.variables.trust}|${s.variables.score}`;

/**
 * The exact chance of each outcome for a learner who picks a reply at random at every turn. Plays
 * that reach the same turn with the same mood, trust and score are merged, so the walk stays small.
 */
export function outcomeChances(scenario: Scenario): OutcomeChances {
  const chances: OutcomeChances = { lost: 0, satisfied: 0, promoter: 0, unfinished: 0 };
  let first: EngineState;
  try {
    first = startState(scenario);
  } catch {
    chances.unfinished = 1;
    return chances;
  }
  let frontier = new Map([[keyOf(first), { state: first, chance: 1 }]]);
  for (let round = 0; round < MAX_ROUNDS && frontier.size > 0; round += 1) {
    const next = new Map<string, { state: EngineState; chance: number }>();
    for (const { state, chance } of frontier.values()) {
      if (state.ending) {
        chances[state.ending.outcome] += chance;
        continue;
      }
      const node = state.node;
      if (!node || node.choices.length === 0) {
        chances.unfinished += chance;
        continue;
      }
      const share = chance / node.choices.length;
      // Only the turn and the variables decide what follows; the record of the road is dropped.
      const from: EngineState = { ...state, history: [], actions: [], trail: [] };
      for (const choice of node.choices) {
        const result = step(scenario, from, { type: 'choose', choiceId: choice.id });
        if (!result.ok) {
          chances.unfinished += share;
          continue;
        }
        const key = keyOf(result.state);
        const seen = next.get(key);
        if (seen) seen.chance += share;
        else next.set(key, { state: result.state, chance: share });
      }
    }
    frontier = next;
  }
  for (const { chance } of frontier.values()) chances.unfinished += chance;
  return chances;
}

/**
 * For a set of independent chances (one per scenario), the chance of reaching the best ending in
 * exactly 0, 1, 2, … scenarios: index k holds the chance of k.
 */
export function countDistribution(chances: readonly number[]): number[] {
  let dist = [1];
  for (const p of chances) {
    const grown = new Array<number>(dist.length + 1).fill(0);
    dist.forEach((d, k) => {
      grown[k] = (grown[k] ?? 0) + d * (1 - p);
      grown[k + 1] = (grown[k + 1] ?? 0) + d * p;
    });
    dist = grown;
  }
  return dist;
}
