/**
 * Cues that could give a role-play's answers away. If the best reply were always the longest, or
 * always the most apologetic, or always first in the list, a learner could pass without reading.
 * Reply order is shuffled per learner on screen, but length and wording travel with the reply, so
 * they are checked here, on the scenario as written.
 *
 * At each turn the best reply is the first choice marked best (the one `bestPath` follows).
 */
import type { Scenario, TurnNode } from './scenario-types';

type Position = 'first' | 'middle' | 'last';

interface TurnCues {
  nodeId: string;
  /** Where the best reply sits among the turn's choices, as written. */
  position: Position;
  /** The best reply is at least as long (in characters) as every other reply. */
  bestIsLongest: boolean;
  /** The best reply is no longer than any other, at most SHORT_REPLY_WORDS words, and makes no apology. */
  shortPlainBest: boolean;
  /** The best reply apologises, and at least as often as any other reply. */
  bestIsMostApologetic: boolean;
}

export interface ReplyCues {
  turns: TurnCues[];
  /** Share of turns (0..1) where the best reply is the longest. */
  longestShare: number;
  /** Share of turns (0..1) where the best reply is the most apologetic. */
  apologeticShare: number;
  /** Positions the best reply takes across the turns. */
  positions: Position[];
}

/** A reply this short, and the shortest of its turn, counts as short and plain. */
export const SHORT_REPLY_WORDS = 15;

/** The highest share of turns where the best reply may be the longest (or the most apologetic). */
export const MAX_CUE_SHARE = 0.4;

const APOLOGY = /\bsorry\b|\bapolog(?:y|ies|i[sz]\w*)\b/gi;

export const apologies = (text: string) => text.match(APOLOGY)?.length ?? 0;

const words = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

function cuesOf(node: TurnNode): TurnCues | null {
  const index = node.choices.findIndex((c) => c.best);
  const best = node.choices[index];
  if (!best || node.choices.length < 2) return null;
  const others = node.choices.filter((_, i) => i !== index);
  const last = node.choices.length - 1;
  const sorry = apologies(best.text);
  return {
    nodeId: node.id,
    position: index === 0 ? 'first' : index === last ? 'last' : 'middle',
    bestIsLongest: others.every((c) => best.text.length >= c.text.length),
    shortPlainBest:
      words(best.text) <= SHORT_REPLY_WORDS &&
      sorry === 0 &&
      others.every((c) => best.text.length <= c.text.length),
    bestIsMostApologetic: sorry > 0 && others.every((c) => sorry >= apologies(c.text)),
  };
}

export function replyCues(scenario: Scenario): ReplyCues {
  const turns = scenario.nodes
    .filter((n): n is TurnNode => n.kind === 'turn')
    .map(cuesOf)
    .filter((t): t is TurnCues => t !== null);
  const share = (pick: (t: TurnCues) => boolean) =>
    turns.length === 0 ? 0 : turns.filter(pick).length / turns.length;
  const order: Position[] = ['first', 'middle', 'last'];
  return {
    turns,
    longestShare: share((t) => t.bestIsLongest),
    apologeticShare: share((t) => t.bestIsMostApologetic),
    positions: order.filter((p) => turns.some((t) => t.position === p)),
  };
}

/** What gives this scenario's answers away, in words an author can act on; empty when nothing does. */
export function replyCueProblems(scenario: Scenario): string[] {
  const cues = replyCues(scenario);
  const percent = (n: number) => `${Math.round(n * 100)}%`;
  const problems: string[] = [];
  const longest = cues.turns.filter((t) => t.bestIsLongest).map((t) => t.nodeId);
  if (cues.longestShare > MAX_CUE_SHARE) {
    problems.push(
      `the best reply is the longest in ${percent(cues.longestShare)} of turns (${longest.join(', ')}); keep it to ${percent(MAX_CUE_SHARE)} or less.`,
    );
  }
  const sorry = cues.turns.filter((t) => t.bestIsMostApologetic).map((t) => t.nodeId);
  if (cues.apologeticShare > MAX_CUE_SHARE) {
    problems.push(
      `the best reply is the most apologetic in ${percent(cues.apologeticShare)} of turns (${sorry.join(', ')}); keep it to ${percent(MAX_CUE_SHARE)} or less.`,
    );
  }
  if (!cues.turns.some((t) => t.shortPlainBest)) {
    problems.push(
      `no turn has a short, plain best reply (the shortest of its turn, ${SHORT_REPLY_WORDS} words or fewer, no apology).`,
    );
  }
  const missing = (['first', 'middle', 'last'] as const).filter((p) => !cues.positions.includes(p));
  if (missing.length > 0) {
    problems.push(
      `the best reply is never ${missing.join(' or ')} in its turn as written; vary its position.`,
    );
  }
  return problems.map((p) => `Scenario "${scenario.id}": ${p}`);
}
