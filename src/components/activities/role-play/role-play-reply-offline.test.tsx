import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { scenarios } from '../../../../lessons/scenarios/index';
import { findNode } from '../../../domain/activities/scenario-engine';
import type { Scenario, TurnNode } from '../../../domain/activities/scenario-types';
import { useProgress } from '../../../state/progress/progress-store';
import { RolePlay } from './role-play';
import type { RolePlayAnswers } from './role-play-answers';

// The language chunk cannot be fetched: it waits on `gate`, then fails, as it would offline.
const gate = vi.hoisted(() => {
  let open = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open: () => open() };
});
vi.mock('../../../domain/lib/language/compromise-reader', async () => {
  await gate.promise;
  throw new Error('Failed to fetch dynamically imported module');
});

const scenario = scenarios['internal-it-help'] as Scenario;
const choiceText = (nodeId: string, choiceId: string) =>
  (findNode(scenario, nodeId) as TurnNode).choices.find((c) => c.id === choiceId)!.text;

it('shows progress while the reply coach loads, then a clear message if it cannot, keeping the reply', async () => {
  render(<RolePlay scenarioId="internal-it-help" scenario={scenario} />);
  await userEvent.click(screen.getByRole('button', { name: choiceText('it-open', 'it-open-urgent') }));
  await userEvent.click(
    screen.getByRole('button', { name: choiceText('it-diagnose', 'it-diagnose-explain') }),
  );
  await userEvent.click(screen.getByRole('button', { name: 'Write my own reply' }));
  const box = screen.getByRole('textbox', { name: 'Your reply to Grace, in your own words' });
  await userEvent.type(box, "I'm sorry. I'll call the supplier now and stay with you.");
  await userEvent.click(screen.getByRole('button', { name: 'Send reply' }));

  expect(screen.getByRole('progressbar', { name: 'Loading the reply coach' })).toBeInTheDocument();
  expect(screen.getByRole('status')).toHaveTextContent('Loading the reply coach');

  gate.open();
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('The reply coach could not be loaded');
  expect(alert).toHaveTextContent('Your words are kept here');
  expect(box).toHaveValue("I'm sorry. I'll call the supplier now and stay with you.");
  const answers = useProgress.getState().activities['internal-it-help']?.answers as RolePlayAnswers;
  expect(answers.actions).toHaveLength(2);
  expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
});
