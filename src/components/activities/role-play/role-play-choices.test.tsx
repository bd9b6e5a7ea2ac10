import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TurnNode } from '../../../domain/activities/scenario-types';
import { Choices } from './role-play-choices';

const node: TurnNode = {
  kind: 'turn',
  id: 'open',
  customer: 'Hello?',
  choices: ['one', 'two', 'three', 'four'].map((id, i) => ({
    id,
    text: `Reply ${id}`,
    feedback: 'f',
    next: 'end',
    ...(i === 0 ? { best: true } : {}),
  })),
};
const order = () => screen.getAllByRole('button').map((b) => b.textContent);

describe('role-play replies', () => {
  it('shows the replies in an order fixed by the seed: the same after a re-render, different for another learner', () => {
    const orders = new Set<string>();
    for (const seed of ['learner-a', 'learner-b', 'learner-c', 'learner-d', 'learner-e']) {
      const { unmount } = render(
        <Choices
          node={node}
          customer="Sam"
          onChoose={() => {}}
          onReply={() => {}}
          replyError={null}
          seed={seed}
        />,
      );
      const first = order();
      unmount();
      render(
        <Choices
          node={node}
          customer="Sam"
          onChoose={() => {}}
          onReply={() => {}}
          replyError={null}
          seed={seed}
        />,
      );
      expect(order()).toEqual(first);
      orders.add(first.join());
      screen.getAllByRole('button').forEach((b) => b.remove());
    }
    expect(orders.size).toBeGreaterThan(1);
  });

  it('still sends the id of the reply pressed, whatever its place', async () => {
    const chosen: string[] = [];
    render(
      <Choices
        node={node}
        customer="Sam"
        onChoose={(id) => chosen.push(id)}
        onReply={() => {}}
        replyError={null}
        seed="x"
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Reply three' }));
    expect(chosen).toEqual(['three']);
  });
});
