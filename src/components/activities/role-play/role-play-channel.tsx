import { CHANNEL_LABELS, queueText } from '../../../domain/activities/scenario-channel';
import type { Channel } from '../../../domain/activities/scenario-types';

export interface ChannelLineProps {
  channel: Channel;
  /** Customers waiting now, or null when the channel has no queue. */
  waiting: number | null;
}

/**
 * Where the conversation happens ("Live chat", "Email") and, for a channel with a queue, how many
 * customers are waiting. The counter is a polite live region, so a screen reader hears it change
 * as the queue grows, without interrupting the conversation.
 */
export function ChannelLine({ channel, waiting }: ChannelLineProps) {
  return (
    <p className="rp-channel">
      <span className="rp-channel-kind">
        <span className="visually-hidden">Channel: </span>
        {CHANNEL_LABELS[channel.kind]}
      </span>
      {waiting !== null && (
        <span
          className={`rp-queue${waiting >= 8 ? ' rp-queue-long' : ''}`}
          aria-live="polite"
          aria-atomic="true"
        >
          <span className="visually-hidden">Queue: </span>
          {queueText(waiting)}
        </span>
      )}
    </p>
  );
}
