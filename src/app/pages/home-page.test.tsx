import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useProgress } from '../../state/progress/progress-store';
import { renderApp } from '../../../tests/setup/render-app';

describe('course home', () => {
  it('shows the course, every module with its status and minutes, and a start button', async () => {
    renderApp('/');
    expect(screen.getByRole('heading', { level: 1, name: /servewell/i })).toBeInTheDocument();
    const modules = within(screen.getByRole('list', { name: 'Modules' })).getAllByRole('listitem');
    expect(modules).toHaveLength(3);
    expect(modules[0]).toHaveTextContent('Greeting customers');
    expect(modules[0]).toHaveTextContent('Not started');
    // Computed from the fixture's words and activities (lesson-minutes.ts), not written in its frontmatter.
    expect(modules[0]).toHaveTextContent('7 min');
    expect(screen.getByText(/about 21 minutes left/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /start the course/i })).toHaveAttribute(
      'href',
      '/lessons/greeting',
    );
    expect(screen.getAllByRole('progressbar', { name: 'Course progress' })[0]).toHaveAttribute(
      'aria-valuetext',
      '0 of 3 lessons complete',
    );
  });

  it('shows statuses and continues where the learner left off', async () => {
    const store = useProgress.getState();
    store.completeLesson('greeting');
    store.startLesson('listening');
    store.visitSection('listening', 'charlie-section');
    renderApp('/');
    const cards = within(screen.getByRole('list', { name: 'Modules' })).getAllByRole('listitem');
    expect(cards[0]).toHaveTextContent('Complete');
    expect(cards[1]).toHaveTextContent('In progress');
    expect(cards[2]).toHaveTextContent('Not started');
    const resume = screen.getByRole('link', { name: /continue/i });
    expect(resume).toHaveAttribute('href', '/lessons/listening#charlie-section');
    expect(resume).toHaveTextContent('Listening well · Charlie section');
    expect(screen.getByText(/1 of 3 lessons complete/)).toBeInTheDocument();
    expect(screen.getByText(/about 14 minutes left/)).toBeInTheDocument();
  });

  it('opens a lesson from its module card', async () => {
    renderApp('/');
    await userEvent.click(screen.getByRole('link', { name: /module 2: listening well/i }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Listening well' })).toBeInTheDocument();
  });

  it('shows a friendly page for an unknown address', () => {
    renderApp('/no/such/page');
    expect(screen.getByRole('heading', { level: 1, name: /couldn’t find that page/i })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /see all lessons/i })).toHaveAttribute('href', '/');
  });
});
