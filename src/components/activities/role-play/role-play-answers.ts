import { bestPath, maxScore, replay } from '../../../domain/activities/scenario-engine';
import type {
  Action,
  BestPath,
  EngineState,
  HistoryEntry,
  ReplayResult,
} from '../../../domain/activities/scenario-engine';
import type { LearningEventInput } from '../../../domain/course/learning-events';
import type { Scenario } from '../../../domain/activities/scenario-types';
import type { ActivitySave } from '../../../state/progress/progress-store';
import { isRecord } from '../../../domain/lib/guards';

/** One learner move, as recorded for reports: the turn, the choice taken and any words typed. */
interface RolePlayLogEntry {
  node: string;
  choice?: string;
  text?: string;
  at: string;
}

/** What a role-play saves. `actions` rebuild the conversation with `replay`; `log` records when. */
export interface RolePlayAnswers {
  version: 1;
  actions: Action[];
  log: RolePlayLogEntry[];
  /** How many times the learner has started again: part of the seed that orders the replies. */
  round?: number;
}

export const freshAnswers = (round = 0): RolePlayAnswers =>
  round > 0 ? { version: 1, actions: [], log: [], round } : { version: 1, actions: [], log: [] };

function readAction(value: unknown): Action | null {
  if (!isRecord(value)) return null;
  if (value.type === 'choose' && typeof value.choiceId === 'string') {
    return { type: 'choose', choiceId: value.choiceId };
  }
  // A typed reply names the choice the coach matched it to. Replies saved before the coach read for
  // meaning have none: they cannot be replayed without re-reading, so the conversation resumes before them.
  if (value.type === 'reply' && typeof value.text === 'string' && typeof value.choiceId === 'string') {
    return { type: 'reply', text: value.text, choiceId: value.choiceId };
  }
  return null;
}

function readLogEntry(value: unknown): RolePlayLogEntry | null {
  if (!isRecord(value) || typeof value.node !== 'string' || typeof value.at !== 'string') return null;
  const entry: RolePlayLogEntry = { node: value.node, at: value.at };
  if (typeof value.choice === 'string') entry.choice = value.choice;
  if (typeof value.text === 'string') entry.text = value.text;
  return entry;
}

/**
 * The saved answers, read defensively: anything that is not a version-1 role-play starts fresh,
 * and the actions stop at the first one that is not well formed.
 */
export function readRolePlayAnswers(saved: unknown): RolePlayAnswers {
  if (!isRecord(saved) || saved.version !== 1 || !Array.isArray(saved.actions)) return freshAnswers();
  const actions: Action[] = [];
  for (const raw of saved.actions) {
    const action = readAction(raw);
    if (!action) break;
    actions.push(action);
  }
  const log = Array.isArray(saved.log)
    ? saved.log.map(readLogEntry).filter((e): e is RolePlayLogEntry => e !== null)
    : [];
  const answers: RolePlayAnswers = { version: 1, actions, log: log.slice(0, actions.length) };
  if (typeof saved.round === 'number' && Number.isInteger(saved.round) && saved.round > 0)
    answers.round = saved.round;
  return answers;
}

/** How many actions the saved answers hold, well formed or not: more than were read means some were dropped. */
export function countSavedActions(saved: unknown): number {
  return isRecord(saved) && Array.isArray(saved.actions) ? saved.actions.length : 0;
}

export interface ScenarioSummary {
  best: BestPath;
  maxScore: number;
}

const summaries = new WeakMap<Scenario, ScenarioSummary>();

/** The best path and the highest possible score. Both explore the scenario, so each is worked out once. */
export function scenarioSummary(scenario: Scenario): ScenarioSummary {
  let summary = summaries.get(scenario);
  if (!summary) {
    summary = { best: bestPath(scenario), maxScore: maxScore(scenario) };
    summaries.set(scenario, summary);
  }
  return summary;
}

export type Replayed = { ok: true; state: ReplayResult } | { ok: false; message: string };

/** Rebuilds the conversation from saved actions; a scenario whose start is broken gives a message instead. */
export function replaySaved(scenario: Scenario, actions: readonly Action[]): Replayed {
  try {
    return { ok: true, state: replay(scenario, actions) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** The score as a share of the best possible, 0..1. */
export function scoreShare(score: number, max: number): number {
  if (max <= 0) return 1;
  return Math.min(1, Math.max(0, score / max));
}

interface SaveInput {
  lesson: string;
  scenario: Scenario;
  /** The state after the learner's move. */
  state: EngineState;
  /** The move just made. */
  entry: HistoryEntry;
  /** The log so far, before this move. */
  log: RolePlayLogEntry[];
  maxScore: number;
  at: string;
  /** The score saved before, kept while a new run is under way. */
  previousScore: number | undefined;
  /** Which run this is (RolePlayAnswers.round). */
  round?: number | undefined;
}

/** What to save after one move: the actions to replay, the log, completion, score and events. */
export function saveAfterMove({
  lesson,
  scenario,
  state,
  entry,
  log,
  maxScore: max,
  at,
  previousScore,
  round,
}: SaveInput): ActivitySave {
  const label = { title: scenario.title, summary: scenario.summary };
  const turn = scenario.nodes.find((n) => n.id === entry.nodeId);
  const logEntry: RolePlayLogEntry = { node: entry.nodeId, choice: entry.choiceId, at };
  if (entry.text !== undefined) logEntry.text = entry.text;
  const answers: RolePlayAnswers = { version: 1, actions: state.actions, log: [...log, logEntry] };
  if (round) answers.round = round;
  const responded: LearningEventInput = {
    type: 'roleplay-responded',
    lesson,
    scenario: scenario.id,
    node: entry.nodeId,
    choice: entry.choiceId,
    ...(entry.text !== undefined ? { text: entry.text } : {}),
    ...(turn?.kind === 'turn'
      ? {
          detail: {
            scenario: label,
            turn: {
              customer: turn.customer,
              freeText: entry.text !== undefined,
              choices: turn.choices.map((c) => ({
                id: c.id,
                text: c.text,
                ...(c.best ? { best: true } : {}),
              })),
            },
          },
        }
      : {}),
  };
  const events: LearningEventInput[] = [responded];
  const ending = state.ended ? state.ending : null;
  const score = ending ? scoreShare(state.variables.score, max) : previousScore;
  if (ending) {
    events.push({
      type: 'roleplay-ended',
      lesson,
      scenario: scenario.id,
      ending: ending.id,
      outcome: ending.outcome,
      score: scoreShare(state.variables.score, max),
      detail: { scenario: label },
    });
  }
  return {
    lesson,
    kind: 'roleplay',
    answers,
    completed: state.ended,
    ...(score !== undefined ? { score } : {}),
    ...(state.actions.length === 1 ? { attempt: true } : {}),
    events,
  };
}
