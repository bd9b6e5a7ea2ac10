import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { scenarios } from '../../../../lessons/scenarios/index';
import { findNode } from '../../../domain/activities/scenario-engine';
import type { Scenario, TurnNode } from '../../../domain/activities/scenario-types';
import { LessonContext } from '../lesson-context';
import { RolePlay } from './role-play';
import { ChannelLine } from './role-play-channel';

const chat = scenarios['chat-queue'] as Scenario;
const bestAt = (id: string) => (findNode(chat, id) as TurnNode).choices.find((c) => c.best)!;

function renderRolePlay(id: string) {
  return render(
    <LessonContext value="service-culture">
      <RolePlay scenarioId={id} scenario={scenarios[id]} />
    </LessonContext>,
  );
}

const queue = () => document.querySelector('.rp-queue');

describe('RolePlay channel and queue', () => {
  it('names the live-chat channel and counts the customers waiting, in words a screen reader hears', () => {
    renderRolePlay('chat-queue');
    expect(screen.getByText('Live chat')).toBeVisible();
    expect(screen.getByText('Live chat').parentElement).toHaveTextContent('Channel: Live chat');
    expect(queue()).toHaveTextContent('Queue: 4 customers waiting');
    expect(queue()).toHaveAttribute('aria-live', 'polite');
  });

  it('updates the counter as the conversation reaches turns where the queue grows', async () => {
    renderRolePlay('chat-queue');
    await userEvent.click(screen.getByRole('button', { name: bestAt('cq-open').text }));
    expect(queue()).toHaveTextContent('6 customers waiting');
    await userEvent.click(screen.getByRole('button', { name: bestAt('cq-found').text }));
    await userEvent.click(screen.getByRole('button', { name: bestAt('cq-explain').text }));
    expect(queue()).toHaveTextContent('9 customers waiting');
  });

  it('shows the queue the learner had reached after the role-play is opened again', async () => {
    const first = renderRolePlay('chat-queue');
    await userEvent.click(screen.getByRole('button', { name: bestAt('cq-open').text }));
    first.unmount();
    renderRolePlay('chat-queue');
    expect(queue()).toHaveTextContent('6 customers waiting');
  });

  it('shows an email channel without a queue, and nothing for a scenario with no channel', () => {
    const email = renderRolePlay('email-complaint');
    expect(screen.getByText('Email')).toBeVisible();
    expect(queue()).toBeNull();
    email.unmount();
    renderRolePlay('internal-it-help');
    expect(document.querySelector('.rp-channel')).toBeNull();
  });

  it('says one customer, and no one, in plain words', () => {
    const { rerender } = render(<ChannelLine channel={{ kind: 'live-chat', queue: 1 }} waiting={1} />);
    expect(screen.getByText(/waiting/)).toHaveTextContent('1 customer waiting');
    rerender(<ChannelLine channel={{ kind: 'phone', queue: 0 }} waiting={0} />);
    expect(screen.getByText('Phone')).toBeVisible();
    expect(screen.getByText(/waiting/)).toHaveTextContent('No one waiting');
  });
});
