import { useId } from 'react';
import type { Ref } from 'react';
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
}

/** The learner's turn: one button per reply, and at a free-text turn the option to write their own. */
export function Choices({ node, customer, onChoose, onReply, replyError, headingRef }: ChoicesProps) {
  const headingId = useId();
  return (
    <div className="rp-turn" role="group" aria-labelledby={headingId}>
      <h4 className="rp-prompt" id={headingId} tabIndex={-1} ref={headingRef}>
        What do you say to {customer}?
      </h4>
      <ul className="rp-choices">
        {node.choices.map((choice) => (
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
