/**
 * Plays a branching role-play. Pure and deterministic: the same scenario and the same actions
 * always give the same state, so saved progress is just the list of actions (`state.actions`),
 * and `replay` rebuilds everything else.
 *
 *   let state = startState(scenario);
 *   const result = step(scenario, state, { type: 'choose', choiceId: 'rp-open-listen' });
 *   if (result.ok) state = result.state; else show(result.error);
 *
 * Branch nodes are never shown: the engine passes through them on the way to the next turn or
 * ending. A node's `mood`, when set, is applied on arrival.
 */
import type {
  BranchNode,
  Choice,
  Condition,
  Effects,
  Ending,
  Scenario,
  ScenarioNode,
  TurnNode,
  Variables,
} from './scenario-types';
import {
  DEFAULT_TRUST,
  MOOD_MAX,
  MOOD_MIN,
  SCORE_MAX,
  SCORE_MIN,
  TRUST_MAX,
  TRUST_MIN,
} from './scenario-types';

/**
 * A learner's move. A typed reply carries the choice the coach matched it to (see `judgeReply` in
 * `reply-rubric.ts`), so replaying saved progress never needs the language library and never changes
 * branch if the coach's rules change.
 */
export type Action = { type: 'choose'; choiceId: string } | { type: 'reply'; text: string; choiceId: string };

export interface HistoryEntry {
  /** The turn the learner answered. */
  nodeId: string;
  /** The choice taken; for a typed reply, the scripted reply closest to it in meaning. */
  choiceId: string;
  choiceText: string;
  /** The learner's own words, at a free-text turn. */
  text?: string;
  feedback: string;
  effects: Effects;
  /**
   * What the choice really changed: `variables` minus the values before it. It differs from `effects`
   * where a scale was already at its end (trust −1 when trust is already 0 changes nothing).
   */
  change: Variables;
  /** Whether the choice taken is one marked best. */
  best: boolean;
  /** The variables just after this choice's effects. */
  variables: Variables;
}

export interface EngineState {
  scenarioId: string;
  /** The turn waiting for the learner; null once the conversation has ended. */
  node: TurnNode | null;
  ending: Ending | null;
  ended: boolean;
  variables: Variables;
  history: HistoryEntry[];
  /** Every action applied so far: save this to resume with `replay`. */
  actions: Action[];
  /** Ids of every node and ending passed through, branch nodes included, in order. */
  trail: string[];
}

export type StepResult =
  { ok: true; state: EngineState; entry: HistoryEntry } | { ok: false; error: string; state: EngineState };

export interface ReplayResult extends EngineState {
  /** The first action that could not be applied, if any; the state is as it stood before it. */
  error: { index: number; message: string } | null;
}

export interface BestPath {
  actions: Action[];
  steps: HistoryEntry[];
  ending: Ending | null;
  variables: Variables;
  /** False when following the best choices never reaches an ending. */
  complete: boolean;
}

// ---------------------------------------------------------------- variables

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(value)));

function clampVariables(v: Variables): Variables {
  return {
    mood: clamp(v.mood, MOOD_MIN, MOOD_MAX),
    trust: clamp(v.trust, TRUST_MIN, TRUST_MAX),
    score: clamp(v.score, SCORE_MIN, SCORE_MAX),
  };
}

export function applyEffects(v: Variables, effects: Effects | undefined): Variables {
  if (!effects) return v;
  return clampVariables({
    mood: v.mood + (effects.mood ?? 0),
    trust: v.trust + (effects.trust ?? 0),
    score: v.score + (effects.score ?? 0),
  });
}

const MOOD_LABELS = ['angry', 'frustrated', 'uneasy', 'neutral', 'calm', 'pleased', 'delighted'] as const;
export type MoodLabel = (typeof MOOD_LABELS)[number];

/** A word for the customer's mood: -3 angry … 0 neutral … 3 delighted. */
export function moodLabel(mood: number): MoodLabel {
  return MOOD_LABELS[clamp(mood, MOOD_MIN, MOOD_MAX) - MOOD_MIN] ?? 'neutral';
}

/** A word for the customer's trust: 0–1 low, 2–3 some, 4–5 high. */
export function trustLabel(trust: number): 'low' | 'some' | 'high' {
  const t = clamp(trust, TRUST_MIN, TRUST_MAX);
  return t <= 1 ? 'low' : t <= 3 ? 'some' : 'high';
}

export function initialVariables(scenario: Scenario): Variables {
  return clampVariables({
    mood: scenario.persona.startingMood,
    trust: scenario.persona.startingTrust ?? DEFAULT_TRUST,
    score: 0,
  });
}

export function evaluateCondition(condition: Condition, v: Variables): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, v));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, v));
  const actual = v[condition.variable];
  switch (condition.is) {
    case '<':
      return actual < condition.value;
    case '<=':
      return actual <= condition.value;
    case '>':
      return actual > condition.value;
    case '>=':
      return actual >= condition.value;
    case '=':
      return actual === condition.value;
    case '!=':
      return actual !== condition.value;
  }
}

// ---------------------------------------------------------------- lookup

interface ScenarioIndex {
  nodes: Map<string, ScenarioNode>;
  endings: Map<string, Ending>;
}

const indexes = new WeakMap<Scenario, ScenarioIndex>();

function indexOf(scenario: Scenario): ScenarioIndex {
  let index = indexes.get(scenario);
  if (!index) {
    index = {
      nodes: new Map(scenario.nodes.map((n) => [n.id, n])),
      endings: new Map(scenario.endings.map((e) => [e.id, e])),
    };
    indexes.set(scenario, index);
  }
  return index;
}

export function findNode(scenario: Scenario, id: string): ScenarioNode | undefined {
  return indexOf(scenario).nodes.get(id);
}

type Arrival =
  | { kind: 'turn'; node: TurnNode; variables: Variables; passed: string[] }
  | { kind: 'ending'; ending: Ending; variables: Variables; passed: string[] }
  | { kind: 'error'; message: string; passed: string[] };

/** Follows `targetId` through any branch nodes to the next turn or ending. */
function arrive(scenario: Scenario, targetId: string, variables: Variables): Arrival {
  const { nodes, endings } = indexOf(scenario);
  const passed: string[] = [];
  let id = targetId;
  for (let hops = 0; hops <= nodes.size; hops++) {
    passed.push(id);
    const ending = endings.get(id);
    if (ending) return { kind: 'ending', ending, variables, passed };
    const node = nodes.get(id);
    if (!node)
      return { kind: 'error', message: `Scenario "${scenario.id}" has no node or ending "${id}".`, passed };
    if (node.kind === 'turn') {
      const v = node.mood === undefined ? variables : clampVariables({ ...variables, mood: node.mood });
      return { kind: 'turn', node, variables: v, passed };
    }
    id = takeBranch(node, variables);
  }
  return {
    kind: 'error',
    message: `Scenario "${scenario.id}": branch nodes loop without reaching a turn or ending (${passed.join(' → ')}).`,
    passed,
  };
}

function takeBranch(node: BranchNode, v: Variables): string {
  return node.rules.find((rule) => evaluateCondition(rule.when, v))?.next ?? node.otherwise;
}

// ---------------------------------------------------------------- playing

/** The state before the first turn. Throws only if the scenario's start is broken (the validator catches that). */
export function startState(scenario: Scenario): EngineState {
  const arrival = arrive(scenario, scenario.start, initialVariables(scenario));
  if (arrival.kind === 'error') throw new Error(arrival.message);
  return {
    scenarioId: scenario.id,
    node: arrival.kind === 'turn' ? arrival.node : null,
    ending: arrival.kind === 'ending' ? arrival.ending : null,
    ended: arrival.kind === 'ending',
    variables: arrival.variables,
    history: [],
    actions: [],
    trail: arrival.passed,
  };
}

const fail = (state: EngineState, error: string): StepResult => ({ ok: false, error, state });

/** Applies one learner action. Never throws: an action that does not fit gives `{ ok: false, error }`. */
export function step(scenario: Scenario, state: EngineState, action: Action): StepResult {
  if (state.scenarioId !== scenario.id) {
    return fail(state, `This progress belongs to scenario "${state.scenarioId}", not "${scenario.id}".`);
  }
  const node = state.node;
  if (state.ended || !node)
    return fail(state, 'This conversation has already ended. Start again to play it once more.');

  let choice: Choice | undefined;
  let text: string | undefined;
  if (action.type === 'choose') {
    choice = node.choices.find((c) => c.id === action.choiceId);
    if (!choice)
      return fail(
        state,
        `There is no choice "${action.choiceId}" at this point in the conversation (node "${node.id}").`,
      );
  } else if (action.type === 'reply') {
    if (!node.freeText)
      return fail(state, `You cannot type your own reply here (node "${node.id}"); pick one of the choices.`);
    if (action.text.trim() === '') return fail(state, 'Write a reply before sending it.');
    choice = node.choices.find((c) => c.id === action.choiceId);
    if (!choice)
      return fail(state, `There is no reply "${action.choiceId}" to continue from here (node "${node.id}").`);
    text = action.text;
  } else {
    return fail(state, 'Unknown action: expected "choose" or "reply".');
  }

  const variables = applyEffects(state.variables, choice.effects);
  const arrival = arrive(scenario, choice.next, variables);
  if (arrival.kind === 'error') return fail(state, arrival.message);

  const entry: HistoryEntry = {
    nodeId: node.id,
    choiceId: choice.id,
    choiceText: choice.text,
    ...(text !== undefined ? { text } : {}),
    feedback: choice.feedback,
    effects: choice.effects ?? {},
    change: {
      mood: variables.mood - state.variables.mood,
      trust: variables.trust - state.variables.trust,
      score: variables.score - state.variables.score,
    },
    best: choice.best === true,
    variables,
  };
  const next: EngineState = {
    scenarioId: state.scenarioId,
    node: arrival.kind === 'turn' ? arrival.node : null,
    ending: arrival.kind === 'ending' ? arrival.ending : null,
    ended: arrival.kind === 'ending',
    variables: arrival.variables,
    history: [...state.history, entry],
    actions: [...state.actions, action],
    trail: [...state.trail, ...arrival.passed],
  };
  return { ok: true, state: next, entry };
}

/** Rebuilds the state from saved actions, stopping at the first one that no longer fits. */
export function replay(scenario: Scenario, actions: readonly Action[]): ReplayResult {
  let state = startState(scenario);
  for (const [index, action] of actions.entries()) {
    const result = step(scenario, state, action);
    if (!result.ok) return { ...state, error: { index, message: result.error } };
    state = result.state;
  }
  return { ...state, error: null };
}

/** Plays the first best choice at every turn, to show beside the learner's own path. */
export function bestPath(scenario: Scenario): BestPath {
  let state = startState(scenario);
  const limit = scenario.nodes.length * 4;
  for (let i = 0; i < limit && state.node; i++) {
    const choice = state.node.choices.find((c) => c.best) ?? state.node.choices[0];
    if (!choice) break;
    const result = step(scenario, state, { type: 'choose', choiceId: choice.id });
    if (!result.ok) break;
    state = result.state;
  }
  return {
    actions: state.actions,
    steps: state.history,
    ending: state.ending,
    variables: state.variables,
    complete: state.ended,
  };
}

// ---------------------------------------------------------------- every possible play

export interface Exploration {
  /** Ids of nodes (turns and branches) that some play actually passes through. */
  reachedNodes: Set<string>;
  reachedEndings: Set<string>;
  /** Turns where, with the variables shown, no ending can be reached any more. One example per node. */
  stuck: { nodeId: string; variables: Variables }[];
  /** Links that fail when played (a missing target, a loop of branches). */
  errors: string[];
  /** The highest score any play can end with. */
  maxScore: number;
  /** True if the search stopped early at its state limit. */
  truncated: boolean;
}

const STATE_LIMIT = 200_000;

/**
 * Walks every distinct (turn, mood, trust, score) a learner could reach. Variables are clamped
 * whole numbers, so the set is finite and the walk always ends.
 */
export function exploreScenario(scenario: Scenario): Exploration {
  const reachedNodes = new Set<string>();
  const reachedEndings = new Set<string>();
  const errors = new Set<string>();
  const states = new Map<string, { node: TurnNode; variables: Variables }>();
  const parents = new Map<string, Set<string>>();
  const canEnd = new Set<string>();
  let maxScore = 0;
  let truncated = false;
  const queue: string[] = [];

  const visit = (arrival: Arrival, from: string | null) => {
    for (const id of arrival.passed) if (indexOf(scenario).nodes.has(id)) reachedNodes.add(id);
    if (arrival.kind === 'error') {
      errors.add(arrival.message);
      return;
    }
    if (arrival.kind === 'ending') {
      reachedEndings.add(arrival.ending.id);
      maxScore = Math.max(maxScore, arrival.variables.score);
      if (from !== null) canEnd.add(from);
      return;
    }
    const { mood, trust, score } = arrival.variables;
    const key = `${arrival.node.id}|${mood}|${trust}|${score}`;
    if (from !== null) {
      const set = parents.get(key) ?? new Set<string>();
      set.add(from);
      parents.set(key, set);
    }
    if (states.has(key)) return;
    if (states.size >= STATE_LIMIT) {
      truncated = true;
      return;
    }
    states.set(key, { node: arrival.node, variables: arrival.variables });
    queue.push(key);
  };

  visit(arrive(scenario, scenario.start, initialVariables(scenario)), null);
  for (let i = 0; i < queue.length; i++) {
    const key = queue[i] as string;
    const state = states.get(key);
    if (!state) continue;
    for (const choice of state.node.choices) {
      visit(arrive(scenario, choice.next, applyEffects(state.variables, choice.effects)), key);
    }
  }

  const backlog = [...canEnd];
  while (backlog.length > 0) {
    const key = backlog.pop() as string;
    for (const parent of parents.get(key) ?? []) {
      if (!canEnd.has(parent)) {
        canEnd.add(parent);
        backlog.push(parent);
      }
    }
  }
  const stuck: Exploration['stuck'] = [];
  for (const [key, state] of states) {
    if (!canEnd.has(key) && !stuck.some((s) => s.nodeId === state.node.id)) {
      stuck.push({ nodeId: state.node.id, variables: state.variables });
    }
  }
  return { reachedNodes, reachedEndings, stuck, errors: [...errors], maxScore, truncated };
}

/** The highest score a learner can finish with, for "score out of max". */
export function maxScore(scenario: Scenario): number {
  return exploreScenario(scenario).maxScore;
}
