import { screen, within } from '@testing-library/react';
import { useProgress } from '../../state/progress/progress-store';
import { renderApp } from '../../../tests/setup/render-app';

const LESSONS = ['greeting', 'listening', 'follow-up'];

function passAssessment(score = 0.9) {
  const store = useProgress.getState();
  for (const slug of LESSONS) store.completeLesson(slug);
  store.saveAttempt({
    id: 'passed-1',
    startedAt: '2026-03-04T09:00:00.000Z',
    questionIds: [],
    responses: {},
    passMark: 0.8,
    submittedAt: '2026-03-04T09:30:00.000Z',
    score,
    passed: true,
  });
}

const openLesson = async (slug: string, title: string) => {
  renderApp(`/lessons/${slug}`);
  await screen.findByRole('heading', { level: 1, name: title }, { timeout: 5000 });
};

describe('a lesson within the course', () => {
  it('has the course outline beside it: every lesson, ticks on the complete ones, this one current', async () => {
    useProgress.getState().completeLesson('greeting');
    await openLesson('listening', 'Listening well');
    const outline = screen.getByRole('navigation', { name: 'Course outline' });
    const lessons = within(outline)
      .getAllByRole('link')
      .filter((a) => a.getAttribute('href')?.startsWith('/lessons/'));
    expect(lessons.map((a) => a.getAttribute('href'))).toEqual([
      '/lessons/greeting',
      '/lessons/listening',
      '/lessons/follow-up',
    ]);
    expect(lessons[0]).toHaveTextContent(/^✓/);
    expect(lessons[0]).toHaveAccessibleName(/Greeting customers \(Complete\)/);
    expect(lessons[1]).toHaveAttribute('aria-current', 'page');
    expect(within(outline).getByRole('button', { name: /Course outline/ })).toHaveTextContent(
      '1 of 3 complete',
    );
  });

  it('shows its reading progress in the site header, not at the top of the page', async () => {
    await openLesson('listening', 'Listening well');
    const bar = screen.getByRole('progressbar', { name: 'Reading progress' });
    expect(bar.closest('header')).toHaveClass('site-header');
    expect(
      within(screen.getByRole('main')).queryByRole('progressbar', { name: 'Reading progress' }),
    ).toBeNull();
  });

  it('leads from the last lesson to the final assessment, not back to the course', async () => {
    await openLesson('follow-up', 'Following up');
    const nav = screen.getByRole('navigation', { name: 'Lessons' });
    expect(within(nav).getByRole('link', { name: /final assessment/i })).toHaveAttribute(
      'href',
      '/assessment',
    );
    expect(within(nav).queryByRole('link', { name: /back to the course/i })).not.toBeInTheDocument();
  });

  it('leads from the last lesson to the certificate once the assessment is passed', async () => {
    passAssessment();
    await openLesson('follow-up', 'Following up');
    const nav = screen.getByRole('navigation', { name: 'Lessons' });
    expect(within(nav).getByRole('link', { name: /your certificate/i })).toHaveAttribute(
      'href',
      '/certificate',
    );
    expect(within(nav).queryByRole('link', { name: /final assessment/i })).not.toBeInTheDocument();
  });
});

describe('the course home at the end', () => {
  it('celebrates the pass and offers the certificate', () => {
    passAssessment(0.93);
    renderApp('/');
    const passed = screen.getByRole('heading', { level: 2, name: 'You passed the course' }).parentElement!;
    expect(passed).toHaveTextContent('You scored 93% in the final assessment on Wed 4 March 2026.');
    expect(within(passed).getByRole('link', { name: 'See your certificate' })).toHaveAttribute(
      'href',
      '/certificate',
    );
    expect(screen.queryByRole('link', { name: /take the final assessment/i })).not.toBeInTheDocument();
  });

  it('says nothing of a pass before there is one', () => {
    for (const slug of LESSONS) useProgress.getState().completeLesson(slug);
    renderApp('/');
    expect(screen.queryByRole('heading', { name: 'You passed the course' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /take the final assessment/i })).toHaveAttribute(
      'href',
      '/assessment',
    );
  });
});
