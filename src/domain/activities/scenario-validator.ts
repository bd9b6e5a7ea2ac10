/**
 * Checks a role-play before any learner sees it. Every message names the scenario and the node,
 * choice or ending at fault, in words a content author can act on.
 *
 * Rejected: a missing or duplicated id; a `next` (or branch target, or `start`) that points
 * nowhere; a node or ending no play can reach; a node from which no ending can be reached (a loop
 * with no way out); a turn with no choices or no best choice; a free-text turn whose choices do
 * not cover every rubric profile exactly once; values outside their scales (a queue counter
 * included, see `scenario-channel.ts`).
 *
 * Reachability is checked twice: first along the links as written, then by playing every
 * possible conversation, which also catches branch conditions that can never come true.
 */
import { channelProblems } from './scenario-channel';
import { bestPath, exploreScenario } from './scenario-engine';
import type { Choice, Outcome, Scenario, TurnNode } from './scenario-types';
import { parseCue } from '../lib/language/cues';
import {
  MOOD_MAX,
  MOOD_MIN,
  OUTCOMES,
  REPLY_ACTIONS,
  REPLY_FAULTS,
  TRUST_MAX,
  TRUST_MIN,
} from './scenario-types';
import type { ReplyRubric } from './scenario-types';

export type ValidationResult = { ok: true } | { ok: false; errors: string[] };

export interface ScenarioStats {
  /** Turns where the learner decides something. */
  decisionPoints: number;
  freeTextTurns: number;
  branchNodes: number;
  endingsByOutcome: Record<Outcome, number>;
}

export function scenarioStats(s: Scenario): ScenarioStats {
  const turns = s.nodes.filter((n): n is TurnNode => n.kind === 'turn');
  const endingsByOutcome = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  for (const e of s.endings) endingsByOutcome[e.outcome] += 1;
  return {
    decisionPoints: turns.length,
    freeTextTurns: turns.filter((n) => n.freeText).length,
    branchNodes: s.nodes.length - turns.length,
    endingsByOutcome,
  };
}

const blank = (text: string | undefined) => text === undefined || text.trim() === '';
const inRange = (v: number, min: number, max: number) => Number.isInteger(v) && v >= min && v <= max;

/** Every link out of a node, with a label for messages. */
function linksOf(s: Scenario): { from: string; label: string; target: string }[] {
  const links: { from: string; label: string; target: string }[] = [];
  for (const node of s.nodes) {
    if (node.kind === 'turn') {
      for (const c of node.choices)
        links.push({ from: node.id, label: `node "${node.id}", choice "${c.id}"`, target: c.next });
    } else {
      node.rules.forEach((r, i) =>
        links.push({ from: node.id, label: `branch "${node.id}", rule ${i + 1}`, target: r.next }),
      );
      links.push({ from: node.id, label: `branch "${node.id}", "otherwise"`, target: node.otherwise });
    }
  }
  return links;
}

function checkIds(s: Scenario, say: (m: string) => void) {
  const seen = new Map<string, string[]>();
  const note = (id: string, where: string) => {
    if (blank(id)) say(`${where} has no id. Give it a short, stable id such as "greet-customer".`);
    else seen.set(id, [...(seen.get(id) ?? []), where]);
  };
  for (const node of s.nodes) {
    note(node.id, `a ${node.kind} node`);
    if (node.kind === 'turn') for (const c of node.choices) note(c.id, `a choice in node "${node.id}"`);
  }
  for (const e of s.endings) note(e.id, 'an ending');
  for (const [id, where] of seen) {
    if (where.length > 1) {
      say(
        `the id "${id}" is used more than once (by ${where.join(' and by ')}). Every node, choice and ending needs its own id.`,
      );
    }
  }
}

function checkChoice(node: TurnNode, c: Choice, say: (m: string) => void) {
  const at = `node "${node.id}", choice "${c.id}"`;
  if (blank(c.text)) say(`${at} has no text for the learner to pick.`);
  if (blank(c.feedback)) say(`${at} has no feedback explaining why it helps or hurts.`);
  for (const [name, value] of Object.entries(c.effects ?? {})) {
    if (!Number.isInteger(value))
      say(`${at}: the ${name} effect must be a whole number, not ${String(value)}.`);
  }
  if (c.reads && !node.freeText) say(`${at} has "reads", but its turn has no freeText rubric.`);
  if (node.freeText && !c.reads) {
    say(`${at} has no "reads": say what this reply does, so a typed reply can be matched to it.`);
  }
  if (c.reads) {
    for (const a of c.reads.actions)
      if (!isAction(a)) say(`${at}: "reads" names an unknown action "${a}". ${KNOWN}`);
    for (const f of c.reads.faults ?? [])
      if (!isFault(f)) say(`${at}: "reads" names an unknown fault "${f}". ${KNOWN}`);
  }
}

function checkTurn(node: TurnNode, say: (m: string) => void) {
  if (blank(node.customer)) say(`node "${node.id}" has no customer line.`);
  if (node.mood !== undefined && !inRange(node.mood, MOOD_MIN, MOOD_MAX)) {
    say(`node "${node.id}": mood ${node.mood} is outside the scale ${MOOD_MIN}..${MOOD_MAX}.`);
  }
  if (node.choices.length === 0) {
    say(
      `node "${node.id}" has no choices, so the learner cannot go on. Add choices or link to an ending instead.`,
    );
    return;
  }
  for (const c of node.choices) checkChoice(node, c, say);
  if (!node.choices.some((c) => c.best))
    say(`node "${node.id}" has no choice marked best, so the best path cannot be shown.`);
  if (node.freeText) checkRubric(node, node.freeText, say);
}

const ACTIONS: ReadonlySet<string> = new Set(REPLY_ACTIONS);
const FAULTS: ReadonlySet<string> = new Set(REPLY_FAULTS);
const isAction = (a: string) => ACTIONS.has(a);
const isFault = (f: string) => FAULTS.has(f);
const KNOWN = `Actions: ${REPLY_ACTIONS.join(', ')}. Faults: ${REPLY_FAULTS.join(', ')}.`;

function checkRubric(node: TurnNode, rubric: ReplyRubric, say: (m: string) => void) {
  const at = `node "${node.id}", freeText rubric`;
  if (!Array.isArray(rubric.actions) || rubric.actions.length === 0) {
    say(`${at} lists no actions. Name what a strong reply does here, e.g. ["apologise", "offer-remedy"].`);
    return;
  }
  for (const a of rubric.actions) if (!isAction(a)) say(`${at} names an unknown action "${a}". ${KNOWN}`);
  for (const a of rubric.essential ?? []) {
    if (!rubric.actions.includes(a)) say(`${at}: essential action "${a}" is not one of its actions.`);
  }
  if (!Number.isInteger(rubric.goodAt) || rubric.goodAt < 1 || rubric.goodAt > rubric.actions.length) {
    say(
      `${at}: goodAt must be a whole number from 1 to ${rubric.actions.length}, not ${String(rubric.goodAt)}.`,
    );
  }
  for (const a of rubric.ownCues ?? []) {
    if (!isAction(a)) say(`${at}: ownCues names an unknown action "${a}". ${KNOWN}`);
    else if ((rubric.cues?.[a] ?? []).length === 0)
      say(`${at}: ownCues names "${a}", but the rubric gives no cues for it, so it could never be read.`);
  }
  for (const [id, cues] of Object.entries(rubric.cues ?? {})) {
    if (!isAction(id) && !isFault(id)) say(`${at}: cues for an unknown action or fault "${id}". ${KNOWN}`);
    for (const cue of cues ?? []) {
      try {
        parseCue(cue);
      } catch (error) {
        say(`${at}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  const best = node.choices.find((c) => c.best);
  if (best?.reads) {
    for (const a of rubric.essential ?? []) {
      if (!best.reads.actions.includes(a))
        say(`${at}: the best choice "${best.id}" does not read as essential "${a}".`);
    }
    if ((best.reads.faults ?? []).length > 0)
      say(`${at}: the best choice "${best.id}" reads as committing a fault.`);
  }
  if (node.choices.every((c) => (c.reads?.faults ?? []).length > 0)) {
    say(`${at}: every choice reads as a fault, so a good reply has nowhere to go.`);
  }
}

/** Ids reachable from `roots` following `edges`. */
function reach(roots: string[], edges: Map<string, string[]>): Set<string> {
  const seen = new Set(roots);
  const queue = [...roots];
  while (queue.length > 0) {
    for (const next of edges.get(queue.pop() as string) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

function checkGraph(s: Scenario, say: (m: string) => void): boolean {
  const nodeIds = new Set(s.nodes.map((n) => n.id));
  const endingIds = new Set(s.endings.map((e) => e.id));
  const exists = (id: string) => nodeIds.has(id) || endingIds.has(id);
  let linksOk = true;
  if (!nodeIds.has(s.start)) {
    say(`"start" points to "${s.start}", but there is no node with that id.`);
    linksOk = false;
  }
  const forward = new Map<string, string[]>();
  const backward = new Map<string, string[]>();
  for (const link of linksOf(s)) {
    if (!exists(link.target)) {
      say(`${link.label}: "next" points to "${link.target}", but there is no node or ending with that id.`);
      linksOk = false;
      continue;
    }
    forward.set(link.from, [...(forward.get(link.from) ?? []), link.target]);
    backward.set(link.target, [...(backward.get(link.target) ?? []), link.from]);
  }
  if (s.endings.length === 0) say('there are no endings, so no conversation can finish.');

  const reachable = reach(nodeIds.has(s.start) ? [s.start] : [], forward);
  const canFinish = reach([...endingIds], backward);
  for (const node of s.nodes) {
    if (!reachable.has(node.id))
      say(
        `node "${node.id}" can never be reached from the start ("${s.start}"). Link to it from a choice, or remove it.`,
      );
    else if (linksOk && !canFinish.has(node.id)) {
      say(
        `node "${node.id}": no ending can be reached from here, so a learner would be stuck (a loop with no way out?).`,
      );
    }
  }
  for (const e of s.endings) {
    if (!reachable.has(e.id)) say(`ending "${e.id}" can never be reached: no choice or branch leads to it.`);
  }
  return linksOk;
}

const showVariables = (v: { mood: number; trust: number; score: number }) =>
  `mood ${v.mood}, trust ${v.trust}, score ${v.score}`;

/** Plays every possible conversation: catches conditions that never come true and dead ends that depend on the variables. */
function checkPlays(s: Scenario, say: (m: string) => void) {
  const found = exploreScenario(s);
  for (const message of found.errors) say(message.replace(/^Scenario "[^"]*": /, ''));
  if (found.truncated) say('has too many possible states to check; simplify its loops.');
  for (const node of s.nodes) {
    if (!found.reachedNodes.has(node.id)) {
      say(
        `node "${node.id}" is linked, but the branch conditions on the way there can never all be true, so no learner will see it.`,
      );
    }
  }
  for (const e of s.endings) {
    if (!found.reachedEndings.has(e.id)) {
      say(
        `ending "${e.id}" is linked, but the branch conditions on the way there can never all be true, so no learner will reach it.`,
      );
    }
  }
  for (const { nodeId, variables } of found.stuck) {
    say(
      `node "${nodeId}": a learner who arrives with ${showVariables(variables)} can never reach an ending (a loop with no way out).`,
    );
  }
  if (found.errors.length === 0 && found.stuck.length === 0 && !bestPath(s).complete) {
    say('following the best choices never reaches an ending; check which choices are marked best.');
  }
}

export function validateScenario(s: Scenario): ValidationResult {
  const name = blank(s.id) ? 'Scenario (no id)' : `Scenario "${s.id}"`;
  const errors: string[] = [];
  const say = (message: string) => errors.push(`${name}: ${message}`);

  if (blank(s.id)) say('has no id.');
  if (blank(s.title)) say('has no title.');
  if (!inRange(s.persona.startingMood, MOOD_MIN, MOOD_MAX)) {
    say(
      `persona "${s.persona.name}": startingMood ${s.persona.startingMood} is outside the scale ${MOOD_MIN}..${MOOD_MAX}.`,
    );
  }
  const trust = s.persona.startingTrust;
  if (trust !== undefined && !inRange(trust, TRUST_MIN, TRUST_MAX)) {
    say(
      `persona "${s.persona.name}": startingTrust ${trust} is outside the scale ${TRUST_MIN}..${TRUST_MAX}.`,
    );
  }
  checkIds(s, say);
  for (const problem of channelProblems(s)) say(problem);
  for (const node of s.nodes) {
    if (node.kind === 'turn') checkTurn(node, say);
    else if (node.rules.length === 0)
      say(`branch "${node.id}" has no rules; link straight to "${node.otherwise}" instead.`);
  }
  for (const e of s.endings) {
    if (blank(e.debrief))
      say(`ending "${e.id}" has no debrief saying what a great representative would have done.`);
  }
  const linksOk = checkGraph(s, say);
  if (linksOk && errors.length === 0) checkPlays(s, say);
  return errors.length === 0 ? { ok: true } : { ok: false, errors };
}

/** For build time and tests: returns the scenario unchanged, or throws with every problem listed. */
export function validateScenarioOrThrow<T extends Scenario>(s: T): T {
  const result = validateScenario(s);
  if (!result.ok) throw new Error(`Invalid role-play scenario:\n- ${result.errors.join('\n- ')}`);
  return s;
}
