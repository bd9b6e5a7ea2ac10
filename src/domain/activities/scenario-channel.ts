/**
 * The channel a role-play happens in (in person, phone, live chat, email) and, where the channel
 * has one, the queue of customers waiting. Both are optional scenario data: a scenario without a
 * channel plays exactly as before.
 */
import type { ChannelKind, Scenario, TurnNode } from './scenario-types';
import { CASE_KINDS, CHANNEL_KINDS, QUEUE_MAX } from './scenario-types';

export const CHANNEL_LABELS: Record<ChannelKind, string> = {
  'in-person': 'In person',
  phone: 'Phone',
  'live-chat': 'Live chat',
  email: 'Email',
};

/** "1 customer waiting", "4 customers waiting", "No one waiting". */
export function queueText(waiting: number): string {
  if (waiting <= 0) return 'No one waiting';
  return `${waiting} ${waiting === 1 ? 'customer' : 'customers'} waiting`;
}

/**
 * How many customers are waiting after the conversation has passed through `trail` (node ids in
 * order, as the engine records them): the channel's starting queue, changed by every turn on the
 * way that sets `queue`. Null when the scenario's channel has no queue.
 */
export function queueAt(scenario: Scenario, trail: readonly string[]): number | null {
  const start = scenario.channel?.queue;
  if (start === undefined) return null;
  const turns = new Map(
    scenario.nodes.filter((n): n is TurnNode => n.kind === 'turn').map((n) => [n.id, n] as const),
  );
  let waiting = start;
  for (const id of trail) {
    const queue = turns.get(id)?.queue;
    if (queue !== undefined) waiting = queue;
  }
  return waiting;
}

const isCount = (v: number) => Number.isInteger(v) && v >= 0 && v <= QUEUE_MAX;

/** Problems with a scenario's channel, case kind and queue values, in words an author can act on. */
export function channelProblems(s: Scenario): string[] {
  const problems: string[] = [];
  const { channel, caseKind } = s;
  if (channel && !CHANNEL_KINDS.includes(channel.kind)) {
    problems.push(
      `channel "${String(channel.kind)}" is not one the course knows; use one of ${CHANNEL_KINDS.join(', ')}.`,
    );
  }
  if (channel?.queue !== undefined && !isCount(channel.queue)) {
    problems.push(
      `channel queue ${channel.queue} must be a whole number of customers from 0 to ${QUEUE_MAX}.`,
    );
  }
  if (caseKind !== undefined && !CASE_KINDS.includes(caseKind)) {
    problems.push(
      `caseKind "${String(caseKind)}" is not one the course knows; use one of ${CASE_KINDS.join(', ')}.`,
    );
  }
  for (const node of s.nodes) {
    if (node.kind !== 'turn' || node.queue === undefined) continue;
    if (channel?.queue === undefined) {
      problems.push(
        `node "${node.id}" sets a queue, but the scenario's channel has no queue to change; give the channel a starting "queue".`,
      );
    } else if (!isCount(node.queue)) {
      problems.push(
        `node "${node.id}": queue ${node.queue} must be a whole number of customers from 0 to ${QUEUE_MAX}.`,
      );
    }
  }
  return problems;
}
