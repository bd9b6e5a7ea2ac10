import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { LearningEvent } from '../../../domain/course/learning-events';
import { onLearningEvent } from '../../../state/progress/learning-event-bus';
import { useProgress } from '../../../state/progress/progress-store';
import { sampleAssignment } from '../../../../tests/fixtures/completion-records';
import { answerOf, testBank } from './test-bank';
import { WarmUp } from './warm-up';

type User = ReturnType<typeof userEvent.setup>;

const renderWarmUp = () =>
  render(<WarmUp lesson="two" earlier={[{ slug: 'one', number: 1 }]} bank={testBank} />);

const questionForms = () => [...document.querySelectorAll<HTMLFormElement>('form.quiz-question')];

/** Answers question `index`, right or wrong, as a learner would. */
async function answer(user: User, index: number, right: boolean) {
  const form = questionForms()[index]!;
  const truth = answerOf(form.textContent ?? '');
  await user.click(within(form).getByRole('radio', { name: truth === right ? 'True' : 'False' }));
  await user.click(within(form).getByRole('button', { name: 'Check answer' }));
}

describe('a lesson’s warm-up', () => {
  beforeEach(() => {
    act(() => useProgress.getState().completeLesson('one'));
  });

  it('asks three questions from the completed earlier lesson, and says so', () => {
    renderWarmUp();
    const region = screen.getByRole('region', { name: 'Warm-up' });
    expect(region).toHaveTextContent('3 questions from lesson 1, about 2 minutes');
    expect(questionForms()).toHaveLength(3);
    for (const form of questionForms()) expect(form.textContent).toMatch(/Statement one-\d/);
  });

  it('saves each answer, reports it to trackers, and on finishing announces the result', async () => {
    const user = userEvent.setup();
    const events: LearningEvent[] = [];
    const stop = onLearningEvent((e) => events.push(e));
    renderWarmUp();
    await answer(user, 0, true);
    await answer(user, 1, false);
    expect(screen.queryByRole('button', { name: 'Finish the warm-up' })).not.toBeInTheDocument();
    await answer(user, 2, true);
    await user.click(screen.getByRole('button', { name: 'Finish the warm-up' }));
    stop();

    const status = screen.getByRole('status', { name: '' });
    expect(status).toHaveTextContent('2 of 3 right.');
    expect(status).toHaveFocus();
    const saved = useProgress.getState().activities['warm-up-two'];
    expect(saved).toMatchObject({ lesson: 'two', kind: 'warm-up', completed: true });
    expect(saved?.score).toBeCloseTo(2 / 3);
    const answered = events.filter((e) => e.type === 'question-answered');
    expect(answered).toHaveLength(3);
    expect(answered[0]).toMatchObject({ activity: 'warm-up-two', lesson: 'one', activityKind: 'warm-up' });
    expect(events.some((e) => e.type === 'activity-completed' && e.kind === 'warm-up')).toBe(true);
  });

  it('carries on with the same questions and answers after a reload', async () => {
    const user = userEvent.setup();
    const first = renderWarmUp();
    const asked = questionForms().map((f) => f.textContent);
    await answer(user, 0, false);
    first.unmount();
    renderWarmUp();
    expect(questionForms().map((f) => f.querySelector('.quiz-question-status') !== null)).toEqual([
      true,
      false,
      false,
    ]);
    expect(questionForms()[1]?.textContent).toBe(asked[1]);
  });

  it('is not shown before any earlier lesson is complete, or when the trainer turned spaced review off', () => {
    act(() => useProgress.getState().resetProgress());
    const { unmount } = renderWarmUp();
    expect(screen.queryByRole('region', { name: 'Warm-up' })).not.toBeInTheDocument();
    unmount();
    act(() => {
      useProgress.getState().completeLesson('one');
      useProgress.getState().acceptAssignment('t1', { ...sampleAssignment, id: 't1', review: false });
    });
    renderWarmUp();
    expect(screen.queryByRole('region', { name: 'Warm-up' })).not.toBeInTheDocument();
  });
});
