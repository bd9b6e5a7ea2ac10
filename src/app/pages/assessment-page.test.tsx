import { sampleAssignment } from '../../../tests/fixtures/completion-records';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { assessmentBank } from '../../content/assessment-bank';
import { correctResponse } from '../../domain/activities/quiz-scoring';
import type { LearningEvent } from '../../domain/course/learning-events';
import { onLearningEvent } from '../../state/progress/learning-event-bus';
import { useProgress } from '../../state/progress/progress-store';
import { renderApp } from '../../../tests/setup/render-app';
import { readLessons } from '../../content/lessons-plugin';

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
const readLessonsTitle = (slug: string) => readLessons('lessons').find((l) => l.slug === slug)?.title;
const completeEveryLesson = () =>
  act(() => slugs.forEach((slug) => useProgress.getState().completeLesson(slug)));

describe('final assessment page', () => {
  it('draws first the questions the learner has not met in warm-ups and review sets', async () => {
    completeEveryLesson();
    // Every lesson's items but four were met in spaced review: a sitting (four per lesson) takes those four.
    const fresh = slugs.flatMap((slug) =>
      assessmentBank
        .filter((q) => q.lesson === slug)
        .slice(0, 4)
        .map((q) => q.id),
    );
    const practised = assessmentBank.map((q) => q.id).filter((id) => !fresh.includes(id));
    act(() =>
      useProgress.setState({
        review: {
          sets: [
            {
              id: 'review-1',
              finishedAt: '2026-03-01T09:00:00.000Z',
              lessons: slugs,
              items: practised,
              missed: [],
              score: 1,
            },
          ],
        },
      }),
    );
    const user = userEvent.setup();
    renderApp('/assessment');
    expect(await screen.findByText(/those you met in warm-ups and reviews/)).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Start the assessment' }));
    const attempt = useProgress.getState().assessment.attempts[0]!;
    expect([...attempt.questionIds].sort()).toEqual([...fresh].sort());
  });

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

  it('draws 24 questions, keeps answers across a reload, and after a fail shows what to review, not the answers', async () => {
    completeEveryLesson();
    const user = userEvent.setup();
    const { unmount } = renderApp('/assessment');
    expect(await screen.findByText(/at least half of each lesson/i)).toBeInTheDocument();
    expect(screen.getByText(/as many times as you need/i)).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Start the assessment' }));
    const questions = await screen.findAllByText(/^Question \d+ of 24$/);
    expect(questions).toHaveLength(24);
    const attempt = useProgress.getState().assessment.attempts[0]!;
    expect(new Set(attempt.questionIds).size).toBe(24);
    for (const slug of slugs)
      expect(
        attempt.questionIds.filter((id) => assessmentBank.find((q) => q.id === id)?.lesson === slug),
      ).toHaveLength(4);

    // Every drawn set has single-choice or true/false questions: answer the first option shown.
    await user.click(screen.getAllByRole('radio')[0]!);
    unmount();
    renderApp('/assessment');
    expect(await screen.findAllByText(/^Question \d+ of 24$/)).toHaveLength(24);
    expect(screen.getAllByRole('radio')[0]).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Submit my answers' }));
    const warning = screen.getByRole('alert');
    expect(warning).toHaveTextContent(/not answered yet/);
    expect(within(warning).getAllByRole('link').length).toBe(23);
    await user.click(screen.getByRole('button', { name: 'Submit anyway' }));
    expect(await screen.findByRole('heading', { level: 2, name: /not passed yet/i })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'What to go back over' })).toBeInTheDocument();
    expect(screen.queryByText('The right answer')).not.toBeInTheDocument();
    expect(screen.queryByText('Learn more:')).not.toBeInTheDocument();
    const sectionLink = screen
      .getAllByRole('link')
      .find((a) => /^\/lessons\/[a-z-]+#[a-z0-9-]+$/.test(a.getAttribute('href') ?? ''));
    expect(sectionLink).toBeDefined();
    expect(screen.getAllByText('Objectives to revisit').length).toBe(slugs.length);
    expect(screen.queryByRole('link', { name: 'Get your certificate' })).not.toBeInTheDocument();
  }, 20_000);

  it('lists an ordering question left as first shown as not answered', async () => {
    completeEveryLesson();
    const ordering = assessmentBank.find((q) => q.kind === 'ordering')!;
    act(() =>
      useProgress.getState().saveAttempt({
        id: 'fixed-attempt',
        startedAt: new Date().toISOString(),
        questionIds: [ordering.id],
        responses: {},
        passMark: 0.8,
      }),
    );
    const user = userEvent.setup();
    renderApp('/assessment');
    await user.click(await screen.findByRole('button', { name: 'Submit my answers' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/still in the order first shown/);
    const group = screen.getByRole('group', { name: ordering.prompt });
    await user.click(within(group).getAllByRole('button', { name: /down$/i })[0]!);
    expect(screen.getByText('Answered 1 of 1. Your answers are saved as you go.')).toBeInTheDocument();
  });

  it("states and applies a trainer's limit on attempts", async () => {
    completeEveryLesson();
    act(() =>
      useProgress.getState().acceptAssignment('a1', {
        ...sampleAssignment,
        id: 'a1',
        assessment: true,
        passMark: 80,
        maxAttempts: 1,
        waitHours: 24,
      }),
    );
    const user = userEvent.setup();
    renderApp('/assessment');
    expect(await screen.findByText(/you may take it once in all, waiting 24 hours/i)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start the assessment' }));
    await user.click(await screen.findByRole('button', { name: 'Submit my answers' }));
    await user.click(screen.getByRole('button', { name: 'Submit anyway' }));
    expect(await screen.findByRole('heading', { level: 2, name: /not passed yet/i })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /try again/i })).not.toBeInTheDocument();
    expect(screen.getByText(/used all 1 of the sittings your trainer allows/i)).toBeInTheDocument();
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

  it('finishes a two-module assignment as assigned: opens after those lessons, asks only about them, and certifies them', async () => {
    const [first, second] = [slugs[1]!, slugs[3]!];
    act(() => {
      useProgress.getState().acceptAssignment('two', {
        ...sampleAssignment,
        id: 'two',
        modules: [first, second],
        assessment: true,
        passMark: 80,
      });
      useProgress.getState().completeLesson(first);
      useProgress.getState().setProfile({ name: 'Sam Okafor' });
    });
    const user = userEvent.setup();
    const closed = renderApp('/assessment');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'The assessment opens when your assigned lessons are complete',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('You have 1 lesson left:')).toBeInTheDocument();
    closed.unmount();

    // The four lessons nobody assigned stay untouched.
    act(() => useProgress.getState().completeLesson(second));
    const { unmount } = renderApp('/assessment');
    expect(await screen.findByText(/questions come from those lessons only/)).toBeInTheDocument();
    expect(screen.getByText(/8 questions, 4 from each of the 2 assigned lessons/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start the assessment' }));
    expect(await screen.findAllByText(/^Question \d+ of 8$/)).toHaveLength(8);
    const open = useProgress.getState().assessment.attempts[0]!;
    const lessonsAsked = open.questionIds.map((id) => assessmentBank.find((q) => q.id === id)?.lesson);
    expect(new Set(lessonsAsked)).toEqual(new Set([first, second]));
    const right = Object.fromEntries(
      open.questionIds.map((id) => [id, correctResponse(assessmentBank.find((q) => q.id === id)!)]),
    );
    act(() => useProgress.getState().saveAttempt({ ...open, responses: right }));
    await user.click(screen.getByRole('button', { name: 'Submit my answers' }));
    expect(await screen.findByRole('heading', { level: 2, name: /passed: 100%/i })).toBeInTheDocument();
    unmount();

    const certificatePage = renderApp('/certificate');
    const certificate = await screen.findByRole('group', { name: 'Certificate of completion' });
    expect(certificate).toHaveTextContent('has completed the assigned modules of Servewell');
    const titles = (slug: string) => readLessonsTitle(slug);
    expect(
      within(certificate)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([titles(first), titles(second)]);
    certificatePage.unmount();

    // Home counts the assignment done: both modules and the assessment.
    renderApp('/');
    expect(await screen.findByText('3 of 3 done')).toBeInTheDocument();
  }, 30_000);
});
