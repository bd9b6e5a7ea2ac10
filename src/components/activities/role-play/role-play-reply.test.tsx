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
  expect(box).toHaveAccessibleDescription(
    /reads your reply on your device for what it does.*automatic reading/,
  );
  return box;
}

const saved = () => useProgress.getState().activities['internal-it-help']?.answers as RolePlayAnswers;

/** The feedback block for the latest typed reply, once the coach has read it. */
async function coachFeedback() {
  const title = await within(log()).findByText('What the coach understood', {}, { timeout: 5000 });
  return title.closest('.rp-feedback') as HTMLElement;
}

const GOOD_REPLY =
  "That must be really stressful with an hour to go, sorry. Leave it with me: I'll ring the supplier's priority line now and update you every fifteen minutes.";

describe('RolePlay: replying in your own words', () => {
  it('only offers a typed reply at a free-text turn', async () => {
    render(<RolePlay scenarioId="internal-it-help" scenario={scenarios['internal-it-help']} />);
    expect(screen.queryByRole('button', { name: 'Write my own reply' })).not.toBeInTheDocument();
  });

  it('a plain-words reply is read for what it does, says what it understood, and continues from the closest choice', async () => {
    const events: unknown[] = [];
    const stop = onLearningEvent((e) => events.push(e));
    await reachFreeTextTurn();
    const box = await openComposer();
    await userEvent.type(box, GOOD_REPLY);
    await userEvent.click(screen.getByRole('button', { name: 'Send reply' }));

    const feedback = await coachFeedback();
    expect(within(log()).getByText('You, in your own words')).toBeInTheDocument();
    expect(within(log()).getByText(GOOD_REPLY)).toBeInTheDocument();
    expect(feedback).toHaveTextContent('The coach reads this as a strong reply');
    expect(feedback).toHaveTextContent(
      'I read your reply as acknowledging how they feel, apologising, owning the problem, offering to put it right, committing to a time and promising to keep them informed.',
    );
    expect(within(feedback).getByText('Owning the problem').parentElement).toHaveTextContent(
      '“Leave it with me”',
    );
    expect(feedback).toHaveTextContent('automatic reading');
    expect(feedback).toHaveTextContent(choiceText('it-fix', 'it-fix-own'));
    expect(within(log()).getByText(turn('it-deadline').customer)).toBeInTheDocument();

    expect(saved().actions.at(-1)).toEqual({ type: 'reply', text: GOOD_REPLY, choiceId: 'it-fix-own' });
    expect(saved().log.at(-1)).toMatchObject({ node: 'it-fix', choice: 'it-fix-own', text: GOOD_REPLY });
    expect(events.at(-1)).toMatchObject({
      type: 'roleplay-responded',
      node: 'it-fix',
      choice: 'it-fix-own',
      text: GOOD_REPLY,
    });
    stop();
  });

  it('names blame as a fault, with the learner’s words, and takes the defensive branch', async () => {
    await reachFreeTextTurn();
    const box = await openComposer();
    await userEvent.type(
      box,
      'The supplier messed up their servers, so you will have to call them yourself.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Send reply' }));

    const feedback = await coachFeedback();
    expect(feedback).toHaveTextContent('The coach reads this as making things worse');
    expect(
      within(feedback).getByText('Blaming someone else (a department, a supplier, “the system”)')
        .parentElement,
    ).toHaveTextContent('“supplier messed”');
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
    expect(saved().actions).toHaveLength(2);
  });

  it.each([
    ['sorry supplier priority myself update fifteen minutes', 'list of words'],
    ['ok', 'too short'],
    ['Lo siento, llamo ahora mismo al proveedor.', 'only read English'],
  ])('coaches “%s” instead of scoring it, keeping the text', async (text, message) => {
    await reachFreeTextTurn();
    const box = await openComposer();
    await userEvent.type(box, text);
    await userEvent.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(box).toHaveValue(text);
    expect(saved().actions).toHaveLength(2);
  });

  it('a typed reply is replayed after a remount, the coach’s reading included', async () => {
    const view = await reachFreeTextTurn();
    const box = await openComposer();
    await userEvent.type(box, GOOD_REPLY);
    await userEvent.click(screen.getByRole('button', { name: 'Send reply' }));
    await coachFeedback();
    view.unmount();
    render(<RolePlay scenarioId="internal-it-help" scenario={scenarios['internal-it-help']} />);
    expect(screen.getByText(GOOD_REPLY)).toBeInTheDocument();
    expect(await screen.findByText('Owning the problem')).toBeInTheDocument();
  });
});
