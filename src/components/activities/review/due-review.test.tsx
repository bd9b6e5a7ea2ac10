import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import type { LearningEvent } from '../../../domain/course/learning-events';
import { onLearningEvent } from '../../../state/progress/learning-event-bus';
import { useProgress } from '../../../state/progress/progress-store';
import { DueReviewCard } from './due-review';
import { answerOf, testBank } from './test-bank';

const lessons = [
  { slug: 'one', order: 1, number: 1 },
  { slug: 'two', order: 2, number: 2 },
];
const DAY0 = Date.parse('2026-03-02T09:00:00.000Z');
const DAY = 86_400_000;

/** The clock stands still at `days` after day 0 (only Date is faked, so user events still run). */
function clockAt(days: number) {
  vi.setSystemTime(new Date(DAY0 + days * DAY));
}

const renderCard = () =>
  render(
    <MemoryRouter>
      <DueReviewCard lessons={lessons} bank={testBank} />
    </MemoryRouter>,
  );

describe('the home page’s spaced review', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    clockAt(0);
    act(() => useProgress.getState().completeLesson('one'));
  });
  afterEach(() => vi.useRealTimers());

  it('says when the first review is coming, before it is due', () => {
    clockAt(1);
    renderCard();
    expect(screen.getByText('Next spaced review: lesson 1, in about 1 day.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /^Review/ })).not.toBeInTheDocument();
  });

  it('offers the set due two days later, here or on its own page, and records it when finished', async () => {
    clockAt(2);
    const user = userEvent.setup();
    const events: LearningEvent[] = [];
    const stop = onLearningEvent((e) => events.push(e));
    renderCard();
    const region = screen.getByRole('region', { name: 'Review: 5 questions from lesson 1, about 4 minutes' });
    expect(within(region).getByRole('link', { name: 'Open it on its own page' })).toHaveAttribute(
      'href',
      '/review',
    );

    await user.click(screen.getByRole('button', { name: 'Start the review here' }));
    expect(screen.getByRole('heading', { name: /^Review/ })).toHaveFocus();
    const forms = [...document.querySelectorAll<HTMLFormElement>('form.quiz-question')];
    expect(forms).toHaveLength(5);
    for (const [index, form] of forms.entries()) {
      const truth = answerOf(form.textContent ?? '');
      const right = index !== 0;
      await user.click(within(form).getByRole('radio', { name: truth === right ? 'True' : 'False' }));
      await user.click(within(form).getByRole('button', { name: 'Check answer' }));
    }
    await user.click(screen.getByRole('button', { name: 'Finish the review' }));
    stop();

    const result = screen.getByText('4 of 5 right.').closest('[role="status"]');
    expect(result).toHaveFocus();
    expect(result).toHaveTextContent('Your next review, of lesson 1, is due in about 5 days.');
    const review = useProgress.getState().review;
    expect(review?.open).toBeUndefined();
    expect(review?.sets).toEqual([
      expect.objectContaining({
        id: 'review-1',
        lessons: ['one'],
        score: 0.8,
        finishedAt: new Date(DAY0 + 2 * DAY).toISOString(),
      }),
    ]);
    expect(review?.sets[0]?.missed).toHaveLength(1);
    expect(events.filter((e) => e.type === 'question-answered' && e.activityKind === 'review')).toHaveLength(
      5,
    );
    expect(events.find((e) => e.type === 'review-finished')).toMatchObject({
      review: 'review-1',
      score: 0.8,
    });
  });

  it('shows a learner back after a week one set for every lesson due, not one each', () => {
    act(() => useProgress.getState().completeLesson('two'));
    clockAt(9);
    renderCard();
    expect(screen.getAllByRole('region')).toHaveLength(1);
    expect(
      screen.getByRole('heading', { name: 'Review: 5 questions from lessons 1 and 2, about 4 minutes' }),
    ).toBeInTheDocument();
  });
});
