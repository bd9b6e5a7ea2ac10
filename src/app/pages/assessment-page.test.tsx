import { sampleAssignment } from '../../../tests/fixtures/completion-records';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { assessmentBank } from '../../content/assessment-bank';
import { correctResponse } from '../../domain/activities/quiz-scoring';
import type { LearningEvent } from '../../domain/course/learning-events';
import { onLearningEvent } from '../../state/progress/learning-event-bus';
import { useProgress } from '../../state/progress/progress-store';
import { renderApp } from '../../../tests/setup/render-app';

// The assessment bank covers the real course, so these tests use the real lessons' metadata.
vi.mock('../../content/course', async () => {
  const { readLessons } = await import('../../content/lessons-plugin');
  const lessons = readLessons('lessons').map((meta) => ({
    ...meta,
    load: async () => ({ default: () => null }),
  }));
  return {
    COURSE_TITLE: 'Servewell',
    courseLessons: lessons,
    findLesson: (slug: string) => lessons.find((l) => l.slug === slug),
  };
});

const slugs = [...new Set(assessmentBank.map((q) => q.lesson))];
const completeEveryLesson = () =>
  act(() => slugs.forEach((slug) => useProgress.getState().completeLesson(slug)));

describe('final assessment page', () => {
  it('stays closed until every lesson is complete, and says what is left', async () => {
    act(() => useProgress.getState().completeLesson(slugs[0]!));
    renderApp('/assessment');
    expect(
      await screen.findByRole('heading', { level: 1, name: /opens when every lesson is complete/i }),
    ).toBeInTheDocument();
    expect(screen.getByText(`You have ${slugs.length - 1} lessons left:`)).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').some((li) => li.textContent?.includes('The service chain'))).toBe(
      true,
    );
  });

  it('draws 15 questions, keeps answers across a reload, and reviews an unfinished submission', async () => {
    completeEveryLesson();
    const user = userEvent.setup();
    const { unmount } = renderApp('/assessment');
    await user.click(await screen.findByRole('button', { name: 'Start the assessment' }));
    const questions = await screen.findAllByText(/^Question \d+ of 15$/);
    expect(questions).toHaveLength(15);
    const attempt = useProgress.getState().assessment.attempts[0]!;
    expect(new Set(attempt.questionIds).size).toBe(15);

    // Every drawn set has single-choice or true/false questions: answer the first option shown.
    await user.click(screen.getAllByRole('radio')[0]!);
    unmount();
    renderApp('/assessment');
    expect(await screen.findAllByText(/^Question \d+ of 15$/)).toHaveLength(15);
    expect(screen.getAllByRole('radio')[0]).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Submit my answers' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/not answered yet/);
    await user.click(screen.getByRole('button', { name: 'Submit anyway' }));
    expect(await screen.findByRole('heading', { level: 2, name: /not passed yet/i })).toBeInTheDocument();
    expect(screen.getAllByText('Learn more:')).toHaveLength(15);
    const firstLink = screen
      .getAllByRole('link')
      .find((a) => a.getAttribute('href')?.startsWith('/lessons/') && a.textContent?.includes('›'));
    expect(firstLink?.getAttribute('href')).toMatch(/^\/lessons\/[a-z-]+#[a-z0-9-]+$/);
    expect(screen.queryByRole('link', { name: 'Get your certificate' })).not.toBeInTheDocument();
  });

  it('passes with right answers, keeps the best score, and offers the certificate', async () => {
    completeEveryLesson();
    const user = userEvent.setup();
    renderApp('/assessment');
    await user.click(await screen.findByRole('button', { name: 'Start the assessment' }));
    const open = useProgress.getState().assessment.attempts[0]!;
    const right = Object.fromEntries(
      open.questionIds.map((id) => [id, correctResponse(assessmentBank.find((q) => q.id === id)!)]),
    );
    act(() => useProgress.getState().saveAttempt({ ...open, responses: right }));
    const events: LearningEvent[] = [];
    const stop = onLearningEvent((event) => events.push(event));
    await user.click(screen.getByRole('button', { name: 'Submit my answers' }));
    const result = await screen.findByRole('heading', { level: 2, name: /passed: 100%/i });
    stop();
    // Each answer goes to the trackers (the LMS's interactions), then the attempt's result.
    const answers = events.filter((e) => e.type === 'question-answered');
    expect(answers.map((e) => e.question)).toEqual(open.questionIds);
    expect(
      answers.every((e) => e.activity === 'final-assessment' && e.attempt === open.id && e.correct),
    ).toBe(true);
    expect(answers.every((e) => e.interaction && e.interaction.description.length > 0)).toBe(true);
    expect(events.at(-1)).toMatchObject({ type: 'assessment-submitted', score: 1 });
    expect(result).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Get your certificate' })).toHaveAttribute(
      'href',
      '/certificate',
    );
    expect(useProgress.getState().assessment.attempts[0]).toMatchObject({ passed: true, score: 1 });

    await user.click(screen.getByRole('button', { name: /try again/i }));
    await user.click(await screen.findByRole('button', { name: 'Submit my answers' }));
    await user.click(screen.getByRole('button', { name: 'Submit anyway' }));
    expect(await screen.findByText(/best score: 100% over 2 attempts/i)).toBeInTheDocument();
  });

  it('uses the pass mark of an accepted assignment', async () => {
    completeEveryLesson();
    act(() =>
      useProgress
        .getState()
        .acceptAssignment('a1', { ...sampleAssignment, id: 'a1', assessment: true, passMark: 60 }),
    );
    renderApp('/assessment');
    expect(await screen.findByText(/you pass with 60% or more/i)).toBeInTheDocument();
  });
});
