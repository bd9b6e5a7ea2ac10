import { screen, within } from '@testing-library/react';
import { useProgress } from '../state/progress/progress-store';
import { useTrainer } from '../state/trainer/trainer-store';
import { renderApp } from '../../tests/setup/render-app';

beforeEach(() => useTrainer.setState({ created: [], issue: null }));

const mainNav = () => screen.getByRole('navigation', { name: 'Main' });
const navLabels = () =>
  within(mainNav())
    .getAllByRole('link')
    .map((a) => a.textContent);

function passAssessment() {
  const store = useProgress.getState();
  for (const slug of ['greeting', 'listening', 'follow-up']) store.completeLesson(slug);
  store.saveAttempt({
    id: 'passed-1',
    startedAt: '2026-03-04T09:00:00.000Z',
    questionIds: [],
    responses: {},
    passMark: 0.8,
    submittedAt: '2026-03-04T09:30:00.000Z',
    score: 0.9,
    passed: true,
  });
}

describe('the learner’s navigation', () => {
  it('highlights "Lessons" in the header on a lesson page', async () => {
    renderApp('/lessons/listening');
    await screen.findByRole('heading', { level: 1, name: 'Listening well' }, { timeout: 5000 });
    expect(within(mainNav()).getByRole('link', { name: 'Lessons' })).toHaveAttribute('aria-current', 'page');
    expect(within(mainNav()).getByRole('link', { name: 'Assessment' })).not.toHaveAttribute('aria-current');
  });

  it('offers the learner lessons and the assessment, and trainers and HR their pages from the footer', () => {
    renderApp('/');
    expect(navLabels()).toEqual(['Lessons', 'Assessment']);
    const staff = screen.getByRole('navigation', { name: 'For trainers and HR' });
    expect(within(staff).getByRole('link', { name: 'Assign the course' })).toHaveAttribute(
      'href',
      '/trainer',
    );
    expect(within(staff).getByRole('link', { name: 'Completion reports' })).toHaveAttribute(
      'href',
      '/reports',
    );
  });

  it('adds a Certificate entry to the header once the assessment is passed', () => {
    passAssessment();
    renderApp('/');
    expect(navLabels()).toEqual(['Lessons', 'Assessment', 'Certificate']);
    expect(within(mainNav()).getByRole('link', { name: 'Certificate' })).toHaveAttribute(
      'href',
      '/certificate',
    );
  });

  it('does not show the learner’s course progress on the trainer page', async () => {
    renderApp('/trainer');
    await screen.findByRole('heading', { level: 1, name: 'Assign the course' }, { timeout: 5000 });
    expect(screen.queryByRole('progressbar', { name: 'Course progress' })).not.toBeInTheDocument();
    expect(navLabels()).toEqual(['Lessons', 'Trainer', 'Reports']);
    expect(within(mainNav()).getByRole('link', { name: 'Trainer' })).toHaveAttribute('aria-current', 'page');
  });
});

describe('inside an LMS or an xAPI launch', () => {
  it('offers no trainer or HR page in the header or the footer', () => {
    renderApp('/', { staffPages: false });
    expect(navLabels()).toEqual(['Lessons', 'Assessment']);
    expect(screen.queryByRole('navigation', { name: 'For trainers and HR' })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: /trainer|reports|assign the course/i }),
    ).not.toBeInTheDocument();
  });

  it('answers the trainer and reports addresses with a way back to the course, not the pages', async () => {
    for (const path of ['/trainer', '/reports']) {
      const view = renderApp(path, { staffPages: false });
      expect(
        await screen.findByRole('heading', { level: 1, name: 'This page is not part of the course here' }),
      ).toBeInTheDocument();
      expect(screen.queryByRole('heading', { name: /assign the course|reports/i })).not.toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'See all lessons' })).toHaveAttribute('href', '/');
      view.unmount();
    }
  });
});
