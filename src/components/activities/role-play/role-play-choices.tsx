import { useId } from 'react';
import type { Ref } from 'react';
import { presentReplies } from '../../../domain/activities/presentation';
import type { TurnNode } from '../../../domain/activities/scenario-types';
import { ReplyComposer } from './role-play-reply';

export interface ChoicesProps {
  node: TurnNode;
  /** The customer's first name, for the prompt. */
  customer: string;
  onChoose: (choiceId: string) => void;
  onReply: (text: string, choiceId: string) => void;
  /** Why the last typed reply could not be sent, if it could not. */
  replyError: string | null;
  headingRef?: Ref<HTMLHeadingElement>;
  /** Fixes the order the replies are shown in: the learner's seed, the role-play, the run and the turn. */
  seed?: string;
}

/**
 * The learner's turn: one button per reply, in an order fixed by `seed` (so neither the first nor the
 * last button is a safe bet), and at a free-text turn the option to write their own.
 */
export function Choices({ node, customer, onChoose, onReply, replyError, headingRef, seed }: ChoicesProps) {
  const headingId = useId();
  const replies = presentReplies(node.choices, seed ?? node.id);
  return (
    <div className="rp-turn" role="group" aria-labelledby={headingId}>
      <h4 className="rp-prompt" id={headingId} tabIndex={-1} ref={headingRef}>
        What do you say to {customer}?
      </h4>
      <ul className="rp-choices">
        {replies.map((choice) => (
          <li key={choice.id}>
            <button type="button" className="rp-choice" onClick={() => onChoose(choice.id)}>
              {choice.text}
            </button>
          </li>
        ))}
      </ul>
      {node.freeText && (
        <ReplyComposer key={node.id} node={node} customer={customer} onSend={onReply} error={replyError} />
      )}
    </div>
  );
}
