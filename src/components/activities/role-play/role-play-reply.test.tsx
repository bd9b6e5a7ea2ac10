import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { scenarios } from '../../../../lessons/scenarios/index';
import { findNode } from '../../../domain/activities/scenario-engine';
import type { Scenario, TurnNode } from '../../../domain/activities/scenario-types';
import { onLearningEvent } from '../../../state/progress/learning-event-bus';
import { useProgress } from '../../../state/progress/progress-store';
import { LessonContext } from '../lesson-context';
import { RolePlay } from './role-play';
import type { RolePlayAnswers } from './role-play-answers';

const scenario = scenarios['internal-it-help'] as Scenario;
const turn = (id: string) => findNode(scenario, id) as TurnNode;
const choiceText = (nodeId: string, choiceId: string) =>
  turn(nodeId).choices.find((c) => c.id === choiceId)!.text;

/** Plays the two turns before the free-text turn "it-fix". */
async function reachFreeTextTurn() {
  const view = render(
    <LessonContext value="service-chain">
      <RolePlay scenarioId="internal-it-help" scenario={scenarios['internal-it-help']} />
    </LessonContext>,
  );
  await userEvent.click(screen.getByRole('button', { name: choiceText('it-open', 'it-open-urgent') }));
  await userEvent.click(
    screen.getByRole('button', { name: choiceText('it-diagnose', 'it-diagnose-explain') }),
  );
  expect(screen.getByText(turn('it-fix').customer)).toBeInTheDocument();
  return view;
}

const log = () => screen.getByRole('log');

async function openComposer() {
  const toggle = screen.getByRole('button', { name: 'Write my own reply' });
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await userEvent.click(toggle);
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const box = screen.getByRole('textbox', { name: 'Your reply to Grace, in your own words' });
  expect(box).toHaveFocus();
  expect(box).toHaveAccessibleDescription(/looks for key phrases on your device.*a guide, not a judge/);
  return box;
}

const GOOD_REPLY =
  "I can see the error, and that must be really stressful with an hour to go. I'm sorry. I'll sort it with the supplier myself and I'll update you every fifteen minutes. Does that work?";

describe('RolePlay: replying in your own words', () => {
  it('only offers a typed reply at a free-text turn', async () => {
    render(<RolePlay scenarioId="internal-it-help" scenario={scenarios['internal-it-help']} />);
    expect(screen.queryByRole('button', { name: 'Write my own reply' })).not.toBeInTheDocument();
  });

  it('a typed reply shows what the coach found, its limits, and continues along the matching branch', async () => {
    const events: unknown[] = [];
    const stop = onLearningEvent((e) => events.push(e));
    await reachFreeTextTurn();
    const box = await openComposer();
    await userEvent.type(box, GOOD_REPLY);
    await userEvent.click(screen.getByRole('button', { name: 'Send reply' }));

    expect(within(log()).getByText('You, in your own words')).toBeInTheDocument();
    expect(within(log()).getByText(GOOD_REPLY)).toBeInTheDocument();
    const feedback = within(log())
      .getByText('What the coach found in your reply')
      .closest('.rp-feedback') as HTMLElement;
    expect(feedback).toHaveFocus();
    expect(within(feedback).getByText(/Found: Acknowledge the problem/).parentElement).toHaveTextContent(
      '“I can see the”',
    );
    expect(within(feedback).getByText(/Found: Show empathy/)).toBeInTheDocument();
    expect(within(feedback).getByText(/Found: Own it or apologise/).parentElement).toHaveTextContent(
      '“sorry”',
    );
    expect(within(feedback).getByText(/Found: Offer a concrete resolution/)).toBeInTheDocument();
    expect(within(feedback).getByText(/looks for key phrases on your device/)).toBeInTheDocument();
    expect(feedback).toHaveTextContent(choiceText('it-fix', 'it-fix-own'));
    expect(within(log()).getByText(turn('it-deadline').customer)).toBeInTheDocument();

    const answers = useProgress.getState().activities['internal-it-help']?.answers as RolePlayAnswers;
    expect(answers.actions.at(-1)).toEqual({ type: 'reply', text: GOOD_REPLY });
    expect(answers.log.at(-1)).toMatchObject({ node: 'it-fix', choice: 'it-fix-own', text: GOOD_REPLY });
    expect(events.at(-1)).toMatchObject({
      type: 'roleplay-responded',
      node: 'it-fix',
      choice: 'it-fix-own',
      text: GOOD_REPLY,
    });
    stop();
  });

  it('flags defensive language with why, lists missing moves, and takes the defensive branch', async () => {
    await reachFreeTextTurn();
    const box = await openComposer();
    await userEvent.type(box, "That's the supplier's system, not my department.");
    await userEvent.click(screen.getByRole('button', { name: 'Send reply' }));

    const feedback = within(log())
      .getByText('What the coach found in your reply')
      .closest('.rp-feedback') as HTMLElement;
    expect(within(feedback).getByText(/Defensive: “not my department”/).parentElement).toHaveTextContent(
      'passes the problem to someone else instead of owning it',
    );
    expect(within(feedback).getByText(/Not found: Offer a concrete resolution/)).toBeInTheDocument();
    expect(feedback).toHaveTextContent('This made things harder');
    expect(within(log()).getByText(turn('it-last-chance').customer)).toBeInTheDocument();
  });

  it('asks for words before sending an empty reply, and saves nothing', async () => {
    await reachFreeTextTurn();
    const box = await openComposer();
    await userEvent.type(box, '   ');
    await userEvent.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Write a reply before sending it.');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveFocus();
    const answers = useProgress.getState().activities['internal-it-help']?.answers as RolePlayAnswers;
    expect(answers.actions).toHaveLength(2);
  });

  it('a typed reply is replayed after a remount, findings included', async () => {
    const view = await reachFreeTextTurn();
    const box = await openComposer();
    await userEvent.type(box, GOOD_REPLY);
    await userEvent.click(screen.getByRole('button', { name: 'Send reply' }));
    view.unmount();
    render(<RolePlay scenarioId="internal-it-help" scenario={scenarios['internal-it-help']} />);
    expect(screen.getByText(GOOD_REPLY)).toBeInTheDocument();
    expect(screen.getByText(/Found: Show empathy/)).toBeInTheDocument();
  });
});
