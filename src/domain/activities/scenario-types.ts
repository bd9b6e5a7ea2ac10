/**
 * The shapes of a branching customer role-play. A scenario is plain data written in
 * `lessons/scenarios/`; the engine (`scenario-engine.ts`) plays it and the validator
 * (`scenario-validator.ts`) checks it before anyone sees it.
 *
 * Every node, choice and ending has a stable string id written in the content, never a
 * position: saved progress is a list of actions that name choices by id.
 */

/** How a conversation can end for the organisation. */
export type Outcome = 'lost' | 'satisfied' | 'promoter';

export const OUTCOMES: readonly Outcome[] = ['lost', 'satisfied', 'promoter'];

/** The three numbers a conversation carries. Each is clamped to its range after every change. */
export interface Variables {
  /** How the customer feels right now, from MOOD_MIN (angry) to MOOD_MAX (delighted). */
  mood: number;
  /** How far the customer believes you will put things right, TRUST_MIN..TRUST_MAX. */
  trust: number;
  /**
   * Points for the moves so far: good moves add, harmful ones take away, and a point taken away is
   * really lost (the running total may dip below zero), so the total is always the sum of the moves.
   */
  score: number;
}

type VariableName = keyof Variables;

export const MOOD_MIN = -3;
export const MOOD_MAX = 3;
export const TRUST_MIN = 0;
export const TRUST_MAX = 5;
/** A ceiling and floor that keep every play finite; real scenarios stay far inside them. */
export const SCORE_MAX = 100;
export const SCORE_MIN = -SCORE_MAX;
/** Trust at the start when the persona does not say. */
export const DEFAULT_TRUST = 2;

/** Changes a choice makes, added to the current values (then clamped). */
export type Effects = Partial<Variables>;

/**
 * What a typed reply does, as the coach recognises it from its verbs and objects in any wording
 * (see `reply-rubric.ts`). The last two are neither good nor bad: they describe a reply that passes
 * the problem on or asks the customer to wait, so the branch can follow them.
 */
export const REPLY_ACTIONS = [
  'acknowledge-feeling',
  'apologise',
  'own-problem',
  'explain',
  'offer-remedy',
  'offer-choice',
  'commit-time',
  'ask-need',
  'check-agreement',
  'keep-informed',
  'add-extra',
  'refer-onward',
  'make-wait',
] as const;

export type ReplyAction = (typeof REPLY_ACTIONS)[number];

/** What a reply must not do. */
export const REPLY_FAULTS = [
  'refuse',
  'blame-customer',
  'blame-other',
  'overpromise',
  'sarcasm',
  'insult',
  'dismiss',
  'hide-behind-policy',
] as const;

export type ReplyFault = (typeof REPLY_FAULTS)[number];

/**
 * The rubric of a free-text turn: what a strong reply does at this moment. The coach reads the
 * learner's reply for these actions, and for the faults every reply must avoid.
 */
export interface ReplyRubric {
  /** The actions a strong reply takes here. */
  actions: ReplyAction[];
  /** Actions a good reply cannot leave out; they also count towards `goodAt`. */
  essential?: ReplyAction[];
  /** How many of `actions` make a good reply. */
  goodAt: number;
  /** Wordings for this turn only, as cues (see `src/domain/lib/language/cues.ts`), added to the coach's own. */
  cues?: Partial<Record<ReplyAction | ReplyFault, string[]>>;
  /**
   * Actions read from this turn's own cues only, not the coach's general ones: where the action means
   * one particular thing here (the safety check the customer asked for, not any free extra).
   */
  ownCues?: ReplyAction[];
  /** The most credit or compensation, in pounds, the learner's role may offer here. More is beyond their authority. */
  creditLimit?: number;
}

/** What a scripted reply at a free-text turn does, so a typed reply can be matched to the closest one. */
interface ChoiceReading {
  actions: ReplyAction[];
  faults?: ReplyFault[];
}

interface Persona {
  name: string;
  /** One line on who they are, for the scenario card. */
  description: string;
  /** What has happened before the conversation starts. */
  situation: string;
  /** Mood at the first line, MOOD_MIN..MOOD_MAX. */
  startingMood: number;
  /** Trust at the first line, TRUST_MIN..TRUST_MAX; DEFAULT_TRUST if left out. */
  startingTrust?: number;
}

export interface Choice {
  id: string;
  /** What the learner says (or does, in brackets). */
  text: string;
  /** Why this helps or hurts, shown after the learner picks it. */
  feedback: string;
  effects?: Effects;
  /** Id of the node or ending that follows. */
  next: string;
  /** Marks the move a great representative would make here; the best path follows these. */
  best?: boolean;
  /**
   * At a free-text turn: what this reply does. A typed reply continues from the choice whose
   * reading is closest to its own. The coach checks that it reads the scripted text this way.
   */
  reads?: ChoiceReading;
}

/** A moment where the customer speaks and the learner answers. */
export interface TurnNode {
  kind: 'turn';
  id: string;
  /** The customer's words. */
  customer: string;
  /** What the learner sees or notices, told in the second person. */
  narration?: string;
  /**
   * When given, the customer's mood becomes this value on reaching the node: for moments where
   * the story itself moves the mood (a second wait, a manager arriving).
   */
  mood?: number;
  /** The learner may type a reply, read against this rubric and matched to the closest choice. */
  freeText?: ReplyRubric;
  /**
   * When given, the number of customers waiting becomes this value on reaching the node (a
   * queue that grows while the learner talks). Only for a scenario whose channel has a queue.
   */
  queue?: number;
  choices: Choice[];
}

type Comparison = '<' | '<=' | '>' | '>=' | '=' | '!=';

export type Condition =
  { variable: VariableName; is: Comparison; value: number } | { all: Condition[] } | { any: Condition[] };

interface BranchRule {
  when: Condition;
  next: string;
}

/**
 * An invisible fork: the engine passes straight through it, taking the first rule whose
 * condition holds, or `otherwise`.
 */
export interface BranchNode {
  kind: 'branch';
  id: string;
  rules: BranchRule[];
  otherwise: string;
}

export type ScenarioNode = TurnNode | BranchNode;

export interface Ending {
  id: string;
  outcome: Outcome;
  title: string;
  /** The customer's parting words. */
  customer?: string;
  /** What happens next, told in the second person. */
  narration: string;
  /** What a great representative would have done, for the learner to compare. */
  debrief: string;
}

/** How the conversation reaches the learner. Left out, a scenario reads as in person or by phone. */
export type ChannelKind = 'in-person' | 'phone' | 'live-chat' | 'email';

export const CHANNEL_KINDS: readonly ChannelKind[] = ['in-person', 'phone', 'live-chat', 'email'];

export interface Channel {
  kind: ChannelKind;
  /** Customers waiting when the conversation starts, 0..QUEUE_MAX; turns may change it (`TurnNode.queue`). */
  queue?: number;
}

/** A ceiling for a queue counter, so a typo (500 for 5) is caught. */
export const QUEUE_MAX = 99;

/** What makes the case hard, so a course can check it covers more than one kind of conversation. */
export type CaseKind = 'company-error' | 'customer-wrong' | 'abusive' | 'vulnerable';

export const CASE_KINDS: readonly CaseKind[] = ['company-error', 'customer-wrong', 'abusive', 'vulnerable'];

export interface Scenario {
  id: string;
  title: string;
  /** One or two sentences for the scenario card. */
  summary: string;
  /** Who the learner is in this role-play, told in the second person. */
  role: string;
  persona: Persona;
  /** Id of the first node. */
  start: string;
  nodes: ScenarioNode[];
  endings: Ending[];
  /** The channel, shown in the persona header; with a queue, a counter of customers waiting. */
  channel?: Channel;
  /** What makes this case hard. */
  caseKind?: CaseKind;
}
