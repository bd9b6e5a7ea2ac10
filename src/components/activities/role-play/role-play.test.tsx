import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { onTestFinished } from 'vitest';
import { scenarios } from '../../../../lessons/scenarios/index';
import { bestPath, findNode, maxScore } from '../../../domain/activities/scenario-engine';
import type { Scenario, TurnNode } from '../../../domain/activities/scenario-types';
import { onLearningEvent } from '../../../state/progress/learning-event-bus';
import { useProgress } from '../../../state/progress/progress-store';
import { LessonContext } from '../lesson-context';
import { RolePlay } from './role-play';
import type { RolePlayAnswers } from './role-play-answers';

const scenario = scenarios['internal-it-help'] as Scenario;
const best = bestPath(scenario);

function renderRolePlay(id = 'internal-it-help') {
  return render(
    <LessonContext value="service-chain">
      <RolePlay scenarioId={id} scenario={scenarios[id]} />
    </LessonContext>,
  );
}

const saved = () => useProgress.getState().activities['internal-it-help'];
const log = () => screen.getByRole('log', { name: 'Conversation with Grace Adeyemi' });
const choice = (text: string) => screen.getByRole('button', { name: text });
const turn = (id: string) => findNode(scenario, id) as TurnNode;

describe('RolePlay', () => {
  it('shows the persona, the first customer line, the meters in words and the choices', () => {
    const { container } = renderRolePlay();
    expect(container.querySelector('#internal-it-help')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: scenario.title })).toBeInTheDocument();
    expect(screen.getByText('Grace Adeyemi', { selector: '.rp-persona-name' })).toBeInTheDocument();
    expect(screen.getByText(scenario.persona.situation)).toBeInTheDocument();
    expect(screen.getByText(/At the start/).nextElementSibling).toHaveTextContent(
      'Mood: frustrated (−2 of −3 to +3). Trust in you: 1 of 5 (low).',
    );
    expect(within(log()).getByText(turn('it-open').customer)).toBeInTheDocument();
    expect(log()).toHaveAttribute('aria-live', 'polite');

    const mood = screen.getByRole('meter', { name: 'Grace’s mood:' });
    expect(mood).toHaveAttribute('aria-valuenow', '-2');
    expect(mood).toHaveAttribute('aria-valuetext', 'frustrated (−2 of −3 to +3)');
    expect(screen.getByText('frustrated (−2 of −3 to +3)')).toBeVisible();
    expect(screen.getByRole('meter', { name: 'Trust in you:' })).toHaveAttribute(
      'aria-valuetext',
      '1 of 5 (low)',
    );

    const prompt = screen.getByRole('group', { name: 'What do you say to Grace?' });
    expect(within(prompt).getAllByRole('button')).toHaveLength(3);
  });

  it('a choice shows the reply, feedback with its effect, the next line, and is saved with an event', async () => {
    const events: unknown[] = [];
    const stop = onLearningEvent((e) => events.push(e));
    renderRolePlay();
    const first = turn('it-open').choices[0]!;
    await userEvent.click(choice(first.text));

    expect(within(log()).getByText(first.text)).toBeInTheDocument();
    const feedback = within(log()).getByText(first.feedback).closest('.rp-feedback');
    expect(feedback).toHaveFocus();
    expect(feedback).toHaveTextContent('The best move here');
    expect(feedback).toHaveTextContent('Mood +1 (now uneasy) · Trust +1 (now 2 of 5) · +2 points');
    expect(within(log()).getByText(turn('it-diagnose').customer)).toBeInTheDocument();
    expect(screen.getByRole('meter', { name: 'Grace’s mood:' })).toHaveAttribute('aria-valuenow', '-1');

    const save = saved();
    expect(save).toMatchObject({ lesson: 'service-chain', kind: 'roleplay', completed: false, attempts: 1 });
    const answers = save?.answers as RolePlayAnswers;
    expect(answers.version).toBe(1);
    expect(answers.actions).toEqual([{ type: 'choose', choiceId: first.id }]);
    expect(answers.log).toEqual([{ node: 'it-open', choice: first.id, at: expect.any(String) }]);
    expect(events).toContainEqual(
      expect.objectContaining({
        type: 'roleplay-responded',
        lesson: 'service-chain',
        scenario: 'internal-it-help',
        node: 'it-open',
        choice: first.id,
      }),
    );
    stop();
  });

  it('a poor choice says so in words, not by colour alone', async () => {
    renderRolePlay();
    const blame = turn('it-open').choices.find((c) => c.id === 'it-open-portal')!;
    await userEvent.click(choice(blame.text));
    const feedback = within(log()).getByText(blame.feedback).closest('.rp-feedback');
    expect(feedback).toHaveTextContent('This made things harder');
    // Mood was −2, so −2 could only move it one step; trust really fell from 1 to 0.
    expect(feedback).toHaveTextContent('Mood −1 (now angry) · Trust −1 (now 0 of 5) · −1 point');
  });

  it('playing the best path ends with a debrief: outcome, score, both paths and what to do', async () => {
    const events: { type: string }[] = [];
    const stop = onLearningEvent((e) => events.push(e));
    renderRolePlay();
    for (const stepTaken of best.steps) await userEvent.click(choice(stepTaken.choiceText));

    const debrief = screen.getByRole('region', { name: `Debrief: ${best.ending!.title}` });
    const max = maxScore(scenario);
    expect(within(debrief).getByText(/Outcome: Promoter\./)).toBeInTheDocument();
    expect(debrief).toHaveTextContent(`Score: ${max} of ${max} points.`);
    expect(debrief).toHaveTextContent(`best move at ${best.steps.length} of ${best.steps.length} turns`);
    expect(within(debrief).getByText(best.ending!.debrief)).toBeInTheDocument();
    expect(within(log()).getByText(best.ending!.narration)).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: /What do you say/ })).not.toBeInTheDocument();
    const yours = within(debrief).getByText('Your path').parentElement!;
    expect(within(yours).getAllByRole('listitem')).toHaveLength(best.steps.length);
    const ideal = within(debrief).getByText('The best path').parentElement!;
    expect(within(ideal).getAllByRole('listitem')[0]).toHaveTextContent(best.steps[0]!.choiceText);

    expect(saved()).toMatchObject({ completed: true, score: 1 });
    expect(events.at(-2)).toMatchObject({
      type: 'roleplay-ended',
      scenario: 'internal-it-help',
      ending: best.ending!.id,
      outcome: 'promoter',
      score: 1,
    });
    stop();
  });

  it('snapping and then apologising shows only real changes, and the debrief total is their sum', async () => {
    const rt = scenarios['rising-tension'] as Scenario;
    render(
      <LessonContext value="service-chain">
        <RolePlay scenarioId="rising-tension" scenario={rt} />
      </LessonContext>,
    );
    const ids = ['rt-open-snap', 'rt-escalate-reset', 'rt-search-own', 'rt-id-pin', 'rt-found-gracious'];
    const texts = [...ids, 'rt-prevent-practical'].map((id) => {
      for (const node of rt.nodes) {
        const found = node.kind === 'turn' ? node.choices.find((c) => c.id === id) : undefined;
        if (found) return found.text;
      }
      throw new Error(id);
    });
    for (const text of texts) await userEvent.click(screen.getByRole('button', { name: text }));

    const conversation = screen.getByRole('log', { name: 'Conversation with Ray Donnelly' });
    const effects = [...conversation.querySelectorAll('.rp-effects')].map((e) =>
      e.textContent?.replace('Effect: ', ''),
    );
    expect(effects[0]).toBe('Mood −1 (now angry) · Trust already at its lowest (0 of 5) · −1 point');
    expect(conversation).not.toHaveTextContent('Trust −1 (now 0 of 5)');
    const shownPoints = effects.map((e) =>
      Number((/([+−]\d+) points?$/.exec(e ?? '')?.[1] ?? '0').replace('−', '-')),
    );
    const total = shownPoints.reduce((a, b) => a + b, 0);
    expect(total).toBe(9);
    const debrief = screen.getByRole('region', { name: /Debrief/ });
    expect(debrief).toHaveTextContent(`Score: ${total} of ${maxScore(rt)} points.`);
    expect(debrief).not.toHaveTextContent('Score: 10 of 11');
    const yours = within(debrief).getByText('Your path').parentElement!;
    expect(within(yours).getAllByRole('listitem')[0]).toHaveTextContent('(−1 point)');
  });

  it('"Play again" starts a fresh run; the role-play stays complete', async () => {
    renderRolePlay();
    for (const stepTaken of best.steps) await userEvent.click(choice(stepTaken.choiceText));
    await userEvent.click(screen.getByRole('button', { name: 'Play again' }));

    expect(screen.queryByRole('region', { name: /Debrief/ })).not.toBeInTheDocument();
    expect(within(log()).queryByText(best.steps[0]!.choiceText)).not.toBeInTheDocument();
    expect(log()).toHaveFocus();
    expect(choice(best.steps[0]!.choiceText)).toBeInTheDocument();
    expect(saved()).toMatchObject({
      completed: true,
      score: 1,
      answers: { version: 1, actions: [], log: [] },
    });
  });

  it('"Start over" mid-way asks first, and "Keep going" changes nothing', async () => {
    renderRolePlay();
    await userEvent.click(choice(best.steps[0]!.choiceText));
    await userEvent.click(screen.getByRole('button', { name: 'Start over' }));
    expect(screen.getByText(/Your replies so far will be cleared/)).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Keep going' }));
    expect(screen.getByRole('button', { name: 'Start over' })).toHaveFocus();
    expect((saved()?.answers as RolePlayAnswers).actions).toHaveLength(1);

    await userEvent.click(screen.getByRole('button', { name: 'Start over' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, start over' }));
    expect((saved()?.answers as RolePlayAnswers).actions).toEqual([]);
    expect(saved()?.completed).toBe(false);
    expect(screen.queryByRole('button', { name: 'Start over' })).not.toBeInTheDocument();
  });

  it('resumes a half-finished conversation at the same turn after a remount', async () => {
    const first = renderRolePlay();
    await userEvent.click(choice(best.steps[0]!.choiceText));
    await userEvent.click(choice(best.steps[1]!.choiceText));
    first.unmount();

    renderRolePlay();
    expect(screen.getByRole('status')).toHaveTextContent('Welcome back');
    expect(within(log()).getByText(best.steps[1]!.choiceText)).toBeInTheDocument();
    const nextNode = turn(best.steps[2]!.nodeId);
    expect(within(log()).getByText(nextNode.customer)).toBeInTheDocument();
    expect(choice(best.steps[2]!.choiceText)).toBeInTheDocument();
    expect(screen.getByRole('meter', { name: 'Grace’s mood:' })).toHaveAttribute(
      'aria-valuenow',
      String(best.steps[1]!.variables.mood),
    );
  });

  it('moves focus to the new feedback even when the saved move reaches the page a moment after the click', async () => {
    // A resumed conversation: one turn played, so there is an older feedback focus could wrongly land on.
    const first = renderRolePlay();
    await userEvent.click(choice(best.steps[0]!.choiceText));
    first.unmount();
    // The store takes the move a little later than the click (a busy page, a slow storage or tracker):
    // the component's own state (the "Welcome back" notice going away) renders first.
    const save = useProgress.getState().saveActivity;
    onTestFinished(() => {
      useProgress.setState({ saveActivity: save });
    });
    const pending: Promise<void>[] = [];
    useProgress.setState({
      saveActivity: (id, data) => {
        pending.push(new Promise((resolve) => setTimeout(() => resolve(save(id, data)), 20)));
      },
    });
    renderRolePlay();
    expect(screen.getByRole('status')).toHaveTextContent('Welcome back');
    await userEvent.click(choice(best.steps[1]!.choiceText));
    await act(() => Promise.all(pending));
    const feedbacks = log().querySelectorAll('.rp-feedback');
    expect(feedbacks).toHaveLength(2);
    expect(feedbacks[1]).toHaveTextContent(best.steps[1]!.feedback);
    await waitFor(() => expect(feedbacks[1]).toHaveFocus());
  });

  it('keeps what still fits when the scenario has changed since, and says so', () => {
    useProgress.getState().saveActivity('internal-it-help', {
      lesson: 'service-chain',
      kind: 'roleplay',
      answers: {
        version: 1,
        actions: [
          { type: 'choose', choiceId: 'it-open-urgent' },
          { type: 'choose', choiceId: 'a-choice-since-removed' },
        ],
        log: [],
      },
      completed: false,
    });
    renderRolePlay();
    expect(screen.getByRole('status')).toHaveTextContent(
      'changed since you last played it, so we kept your first 1 reply',
    );
    expect(within(log()).getByText(turn('it-diagnose').customer)).toBeInTheDocument();
  });

  it('starts fresh from saved answers it does not understand', () => {
    useProgress.getState().saveActivity('internal-it-help', {
      lesson: 'service-chain',
      kind: 'roleplay',
      answers: { version: 7, moves: 'abc' },
      completed: false,
    });
    renderRolePlay();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /./ }).length).toBeGreaterThan(1);
    expect(within(log()).getByText(turn('it-open').customer)).toBeInTheDocument();
  });

  it('says plainly when the scenario does not exist, without breaking the page', () => {
    const { container } = renderRolePlay('no-such-scenario');
    expect(container.querySelector('#no-such-scenario')).toBeInTheDocument();
    expect(screen.getByText(/There is no scenario called “no-such-scenario”/)).toBeInTheDocument();
    expect(screen.queryByRole('log')).not.toBeInTheDocument();
  });

  it('saves under its own id when given one', async () => {
    render(
      <LessonContext value="showcase">
        <RolePlay
          id="showcase-roleplay"
          scenarioId="internal-it-help"
          scenario={scenarios['internal-it-help']}
        />
      </LessonContext>,
    );
    await userEvent.click(choice(best.steps[0]!.choiceText));
    expect(useProgress.getState().activities['showcase-roleplay']).toMatchObject({ lesson: 'showcase' });
    expect(saved()).toBeUndefined();
  });
});
