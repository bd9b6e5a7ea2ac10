import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import type { CourseOutline as Outline } from '../../domain/course/outline';
import { CourseOutline } from './course-outline';

const outline = (passed = false): Outline => ({
  items: [
    { slug: 'greeting', title: 'Greeting customers', number: 1, status: 'complete', current: false },
    { slug: 'listening', title: 'Listening well', number: 2, status: 'in-progress', current: true },
    { slug: 'follow-up', title: 'Following up', number: 3, status: 'not-started', current: false },
  ],
  completed: 1,
  total: 3,
  currentNumber: 2,
  assessment: { passed },
});

const renderOutline = (value: Outline) =>
  render(
    <MemoryRouter>
      <CourseOutline outline={value} />
    </MemoryRouter>,
  );

/** A phone-sized screen: the outline starts folded. */
const phone = () =>
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: false, media: query }) as MediaQueryList);

describe('the course outline beside a lesson', () => {
  it('lists every lesson with its status, a tick on the complete ones, and the current one marked', () => {
    renderOutline(outline());
    const nav = screen.getByRole('navigation', { name: 'Course outline' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/lessons/greeting',
      '/lessons/listening',
      '/lessons/follow-up',
      '/assessment',
    ]);
    expect(links[0]).toHaveAccessibleName('Module 1: Greeting customers (Complete)');
    expect(links[1]).toHaveAccessibleName(/Module 2: Listening well \(In progress, you are here\)/);
    expect(links[0]).toHaveTextContent(/^✓/);
    expect(links[2]).toHaveTextContent(/^3/);
    expect(links[1]).toHaveAttribute('aria-current', 'page');
    expect(links.filter((a) => a.hasAttribute('aria-current'))).toHaveLength(1);
    expect(within(nav).getByRole('button', { name: /Course outline/ })).toHaveTextContent('1 of 3 complete');
  });

  it('ends with the certificate once the final assessment is passed', () => {
    renderOutline(outline(true));
    const nav = screen.getByRole('navigation', { name: 'Course outline' });
    expect(within(nav).getByRole('link', { name: /Your certificate/ })).toHaveAttribute(
      'href',
      '/certificate',
    );
    expect(within(nav).queryByRole('link', { name: /Final assessment/ })).not.toBeInTheDocument();
  });

  it('folds behind a disclosure button on a phone, opened and closed from the keyboard', async () => {
    phone();
    const user = userEvent.setup();
    renderOutline(outline());
    const toggle = screen.getByRole('button', { name: /Course outline/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('link', { name: /Listening well/ })).not.toBeInTheDocument();

    await user.tab();
    expect(toggle).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('link', { name: /Listening well/ })).toBeVisible();
    expect(document.getElementById(toggle.getAttribute('aria-controls') ?? '')).toBeVisible();

    await user.keyboard(' ');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('link', { name: /Listening well/ })).not.toBeInTheDocument();
  });
});
