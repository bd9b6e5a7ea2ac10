import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { mdxComponents } from '../../content/mdx-components';
import userEvent from '@testing-library/user-event';
import { useProgress } from '../../state/progress/progress-store';
import { installVisibleObserver, renderApp } from '../../../tests/setup/render-app';

describe('lesson page', () => {
  it('does not render the lesson body again when the page around it re-renders', async () => {
    const sectionHeading = vi.spyOn(mdxComponents, 'h2');
    renderApp('/lessons/listening');
    await screen.findByRole('heading', { level: 2, name: 'Charlie section' }, { timeout: 8000 });
    const rendered = sectionHeading.mock.calls.length;
    expect(rendered).toBeGreaterThan(0);
    // Saved progress changes (as when it arrives after hydration, or time is counted): the page re-renders.
    act(() => useProgress.getState().addTime('listening', 60_000));
    act(() => useProgress.getState().visitSection('listening', 'bravo-section'));
    expect(sectionHeading).toHaveBeenCalledTimes(rendered);
  });

  it('shows the lesson with its table of contents, objectives and neighbours', async () => {
    renderApp('/lessons/listening');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Listening well' }, { timeout: 8000 }),
    ).toBeInTheDocument();
    const toc = screen.getByRole('navigation', { name: 'In this lesson' });
    expect(
      within(toc)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['#alpha-section', '#bravo-section', '#charlie-section', '#delta-section', '#echo-section']);
    expect(await screen.findByRole('heading', { level: 2, name: 'Charlie section' })).toHaveAttribute(
      'id',
      'charlie-section',
    );
    const lessons = screen.getByRole('navigation', { name: 'Lessons' });
    expect(within(lessons).getByRole('link', { name: /previous greeting customers/i })).toHaveAttribute(
      'href',
      '/lessons/greeting',
    );
    expect(within(lessons).getByRole('link', { name: /next following up/i })).toHaveAttribute(
      'href',
      '/lessons/follow-up',
    );
    expect(screen.getByRole('progressbar', { name: 'Reading progress' })).toBeInTheDocument();
    // The objectives, which come with the lesson's body.
    const objectives = screen.getByRole('heading', {
      level: 2,
      name: 'You will be able to',
    }).nextElementSibling;
    expect(
      within(objectives as HTMLElement)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Read a fixture lesson to its end', 'Find your place again after a reload']);
  });

  it('records that the lesson was started and which section is being read', async () => {
    // Lay the sections out one screen apart, with "Bravo" scrolled just past the top third.
    const order = ['alpha-section', 'bravo-section', 'charlie-section', 'delta-section', 'echo-section'];
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      const index = order.indexOf(this.id);
      return { top: index < 0 ? 0 : (index - 1) * 900 + 100, height: 10 } as DOMRect;
    });
    renderApp('/lessons/listening');
    await screen.findByRole('heading', { level: 2, name: 'Bravo section' });
    // The place is saved once the learner moves, not merely because the lesson opened.
    fireEvent.wheel(window, { deltaY: 40 });
    fireEvent.scroll(window);
    await waitFor(() => expect(useProgress.getState().lessons.listening?.lastSection).toBe('bravo-section'));
    expect(useProgress.getState().lessons.listening?.startedAt).toBeDefined();
    expect(useProgress.getState().lastLesson?.slug).toBe('listening');
  });

  it('reopens at the saved section, and keeps it saved until the learner moves', async () => {
    useProgress.getState().startLesson('listening');
    useProgress.getState().visitSection('listening', 'delta-section');
    const order = ['alpha-section', 'bravo-section', 'charlie-section', 'delta-section', 'echo-section'];
    // The page is at its top: a 64px sticky header, Alpha below it, each next section a screen further down.
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      const index = order.indexOf(this.id);
      if (this.classList.contains('site-header')) return { top: 0, height: 64 } as DOMRect;
      return { top: index < 0 ? 0 : index * 900 + 100, height: 10 } as DOMRect;
    });
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    renderApp('/lessons/listening');
    await screen.findByRole('heading', { level: 2, name: 'Delta section' });
    await waitFor(() =>
      expect(scrollTo).toHaveBeenCalledWith({ top: 3 * 900 + 100 - 64 - 8, behavior: 'instant' }),
    );
    fireEvent.scroll(window);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(useProgress.getState().lessons.listening?.lastSection).toBe('delta-section');
  });

  it('shows the lesson when the address has a malformed % escape after #', async () => {
    renderApp('/lessons/listening#%E0%A4%A');
    expect(await screen.findByRole('heading', { level: 1, name: 'Listening well' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Charlie section' })).toBeInTheDocument();
  });

  it('is not complete until the end is reached, then says so and records it', async () => {
    renderApp('/lessons/greeting');
    await screen.findByRole('heading', { level: 2, name: 'Echo section' });
    expect(screen.getByText(/to complete this lesson/i)).toBeInTheDocument();
    expect(useProgress.getState().lessons.greeting?.completedAt).toBeUndefined();
  });

  it('completes when the learner reaches the end', async () => {
    installVisibleObserver();
    renderApp('/lessons/greeting');
    expect(await screen.findByText(/lesson complete/i)).toBeInTheDocument();
    expect(useProgress.getState().lessons.greeting?.completedAt).toBeDefined();
  });

  it('shows a friendly not-found page for an unknown lesson', async () => {
    renderApp('/lessons/not-a-lesson');
    expect(
      await screen.findByRole('heading', { level: 1, name: /couldn’t find that lesson/i }),
    ).toBeInTheDocument();
  });

  it('moves to the next lesson and focuses its heading', async () => {
    renderApp('/lessons/greeting');
    await screen.findByRole('heading', { level: 1, name: 'Greeting customers' });
    await userEvent.click(screen.getByRole('link', { name: /next listening well/i }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Listening well' });
    await waitFor(() => expect(heading).toHaveFocus());
  });
});
