import { startState, step } from './scenario-engine';
import { channelProblems, queueAt, queueText } from './scenario-channel';
import type { Channel, Choice, Scenario, TurnNode } from './scenario-types';
import { validateScenario } from './scenario-validator';

const choice = (id: string, next: string, extra: Partial<Choice> = {}): Choice => ({
  id,
  text: `Say ${id}`,
  feedback: `Because ${id}.`,
  next,
  best: true,
  ...extra,
});

const turn = (id: string, next: string, extra: Partial<TurnNode> = {}): TurnNode => ({
  kind: 'turn',
  id,
  customer: `Line at ${id}`,
  choices: [choice(`${id}-go`, next)],
  ...extra,
});

function make(channel: Channel | undefined, queues: (number | undefined)[] = []): Scenario {
  const [a, b, c] = queues;
  return {
    id: 'chat',
    title: 'Chat',
    summary: 'A small chat.',
    role: 'You answer chats.',
    persona: { name: 'Bo', description: 'A customer', situation: 'Something broke.', startingMood: 0 },
    start: 'a',
    nodes: [
      turn('a', 'b', a === undefined ? {} : { queue: a }),
      turn('b', 'c', b === undefined ? {} : { queue: b }),
      turn('c', 'done', c === undefined ? {} : { queue: c }),
    ],
    endings: [{ id: 'done', outcome: 'satisfied', title: 'Done', narration: 'It ends.', debrief: 'Fix it.' }],
    ...(channel ? { channel } : {}),
  };
}

const play = (s: Scenario, moves: number) => {
  let state = startState(s);
  for (let i = 0; i < moves; i++) {
    const result = step(s, state, { type: 'choose', choiceId: `${state.node!.id}-go` });
    if (!result.ok) throw new Error(result.error);
    state = result.state;
  }
  return state;
};

describe('queueAt', () => {
  it('starts at the channel’s queue and takes each turn’s new value as the conversation reaches it', () => {
    const s = make({ kind: 'live-chat', queue: 3 }, [undefined, 7, 5]);
    expect(queueAt(s, play(s, 0).trail)).toBe(3);
    expect(queueAt(s, play(s, 1).trail)).toBe(7);
    expect(queueAt(s, play(s, 2).trail)).toBe(5);
    expect(queueAt(s, play(s, 3).trail)).toBe(5);
  });

  it('applies a queue set on the very first turn at once', () => {
    const s = make({ kind: 'live-chat', queue: 3 }, [6]);
    expect(queueAt(s, play(s, 0).trail)).toBe(6);
  });

  it('is null when the channel has no queue or there is no channel', () => {
    expect(queueAt(make({ kind: 'email' }), ['a', 'b'])).toBeNull();
    expect(queueAt(make(undefined), ['a'])).toBeNull();
  });
});

describe('queueText', () => {
  it('reads naturally for none, one and many', () => {
    expect(queueText(0)).toBe('No one waiting');
    expect(queueText(1)).toBe('1 customer waiting');
    expect(queueText(12)).toBe('12 customers waiting');
  });
});

describe('channel checks in the validator', () => {
  it('accepts a channel with a queue that turns change, and a scenario with no channel at all', () => {
    expect(validateScenario(make({ kind: 'live-chat', queue: 4 }, [undefined, 9]))).toEqual({ ok: true });
    expect(validateScenario(make(undefined))).toEqual({ ok: true });
    expect(channelProblems({ ...make({ kind: 'email' }), caseKind: 'customer-wrong' })).toEqual([]);
  });

  it('rejects a queue that is negative, fractional or implausibly large, naming where', () => {
    const result = validateScenario(make({ kind: 'live-chat', queue: -1 }, [2.5, 500]));
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toContain(
      'Scenario "chat": channel queue -1 must be a whole number of customers from 0 to 99.',
    );
    expect(errors).toContain(
      'Scenario "chat": node "a": queue 2.5 must be a whole number of customers from 0 to 99.',
    );
    expect(errors).toContain(
      'Scenario "chat": node "b": queue 500 must be a whole number of customers from 0 to 99.',
    );
  });

  it('rejects a turn that sets a queue when the channel has none to change', () => {
    const result = validateScenario(make({ kind: 'email' }, [undefined, 3]));
    expect(result).toEqual({
      ok: false,
      errors: [
        'Scenario "chat": node "b" sets a queue, but the scenario\'s channel has no queue to change; give the channel a starting "queue".',
      ],
    });
  });

  it('rejects a channel or case kind the course does not know, listing the ones it does', () => {
    const s = {
      ...make({ kind: 'fax' } as unknown as Channel),
      caseKind: 'grumpy',
    } as unknown as Scenario;
    expect(channelProblems(s)).toEqual([
      'channel "fax" is not one the course knows; use one of in-person, phone, live-chat, email.',
      'caseKind "grumpy" is not one the course knows; use one of company-error, customer-wrong, abusive, vulnerable.',
    ]);
  });
});
