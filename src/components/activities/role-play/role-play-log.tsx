import { m, useReducedMotion } from 'framer-motion';
import type { ReactNode, Ref } from 'react';
import { findNode } from '../../../domain/activities/scenario-engine';
import type { EngineState } from '../../../domain/activities/scenario-engine';
import type { ReplyJudgement } from '../../../domain/activities/reply-rubric';
import type { Scenario, TurnNode } from '../../../domain/activities/scenario-types';
import { MoveFeedback } from './role-play-feedback';
import { Avatar } from './role-play-persona';

type Kind = 'narration' | 'customer' | 'you' | 'feedback';

/** Seconds after a move before each part of the exchange appears, so the customer answers in turn. */
const DELAY: Record<Kind, number> = { you: 0, feedback: 0.2, narration: 0.55, customer: 0.75 };

function Appear({ fresh, delay, children }: { fresh: boolean; delay: number; children: ReactNode }) {
  const reduce = useReducedMotion();
  const animate = fresh && !reduce;
  return (
    <m.div
      className="rp-item"
      initial={animate ? { opacity: 0, y: 10 } : false}
      animate={{ opacity: 1, y: 0 }}
      transition={animate ? { duration: 0.25, delay, ease: 'easeOut' } : { duration: 0 }}
    >
      {children}
    </m.div>
  );
}

function Narration({ text }: { text: string }) {
  return (
    <p className="rp-narration">
      <span className="visually-hidden">Narration: </span>
      {text}
    </p>
  );
}

function CustomerLine({ name, text }: { name: string; text: string }) {
  return (
    <div className="rp-msg rp-msg-customer">
      <Avatar name={name} />
      <div className="rp-bubble">
        <p className="rp-speaker">{name}</p>
        <p className="rp-words">{text}</p>
      </div>
    </div>
  );
}

function YourLine({ text, typed }: { text: string; typed: boolean }) {
  return (
    <div className="rp-msg rp-msg-you">
      <div className="rp-bubble">
        <p className="rp-speaker">You{typed ? ', in your own words' : ''}</p>
        <p className="rp-words">{text}</p>
      </div>
    </div>
  );
}

export interface ConversationLogProps {
  scenario: Scenario;
  state: EngineState;
  /** Turns already on screen when the log appeared; later ones animate in. -1 animates everything. */
  settledTurns: number;
  logRef?: Ref<HTMLDivElement>;
  latestFeedbackRef?: Ref<HTMLDivElement>;
  /** The coach's reading of each typed reply, by turn; null while the language tools load. */
  judgements?: readonly (ReplyJudgement | null | undefined)[];
}

/** The conversation so far, as a chat: the customer on the left, the learner on the right, narration between. */
export function ConversationLog({
  scenario,
  state,
  settledTurns,
  logRef,
  latestFeedbackRef,
  judgements = [],
}: ConversationLogProps) {
  const name = scenario.persona.name;
  const items: ReactNode[] = [];
  const add = (key: string, kind: Kind, turn: number, fresh: boolean, child: ReactNode, after = 0) => {
    const delay = Math.max(0, DELAY[kind] - (turn === 0 ? DELAY.narration : 0)) + after;
    items.push(
      <Appear key={key} fresh={fresh} delay={delay}>
        {child}
      </Appear>,
    );
  };
  const addNode = (node: TurnNode, turn: number) => {
    const fresh = turn > settledTurns;
    if (node.narration) add(`${turn}-n`, 'narration', turn, fresh, <Narration text={node.narration} />);
    add(`${turn}-c`, 'customer', turn, fresh, <CustomerLine name={name} text={node.customer} />);
  };

  state.history.forEach((entry, turn) => {
    const node = findNode(scenario, entry.nodeId);
    if (node?.kind === 'turn') addNode(node, turn);
    const fresh = turn >= settledTurns;
    const latest = turn === state.history.length - 1;
    add(
      `${turn}-y`,
      'you',
      turn,
      fresh,
      <YourLine text={entry.text ?? entry.choiceText} typed={entry.text !== undefined} />,
    );
    add(
      `${turn}-f`,
      'feedback',
      turn,
      fresh,
      <MoveFeedback
        entry={entry}
        judgement={judgements[turn]}
        {...(latest && latestFeedbackRef ? { focusRef: latestFeedbackRef } : {})}
      />,
    );
  });
  const turns = state.history.length;
  if (state.node) addNode(state.node, turns);
  if (state.ending) {
    const fresh = turns > settledTurns;
    if (state.ending.customer) {
      add('end-c', 'customer', turns, fresh, <CustomerLine name={name} text={state.ending.customer} />);
    }
    const after = state.ending.customer ? DELAY.customer - DELAY.narration + 0.2 : 0;
    add('end-n', 'narration', turns, fresh, <Narration text={state.ending.narration} />, after);
  }

  return (
    <div
      className="rp-log"
      role="log"
      aria-live="polite"
      aria-label={`Conversation with ${name}`}
      tabIndex={-1}
      ref={logRef}
    >
      {items}
    </div>
  );
}
