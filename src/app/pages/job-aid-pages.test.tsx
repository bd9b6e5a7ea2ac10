import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../tests/setup/render-app';

describe('job aid card page', () => {
  it('shows the lesson’s ideas, phrases that work and phrases to avoid, and prints', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    renderApp('/lessons/service-chain/card');
    expect(await screen.findByRole('heading', { level: 1, name: 'The service chain' })).toBeInTheDocument();
    const ideas = screen.getByRole('region', { name: 'The ideas' });
    expect(within(ideas).getAllByRole('listitem').length).toBeGreaterThanOrEqual(3);
    expect(ideas).toHaveTextContent('Customers see one company');
    expect(screen.getByRole('region', { name: 'Phrases that work' })).toHaveTextContent(
      '“I’ll update you by Thursday, even if it’s not fixed yet.”',
    );
    const avoid = screen.getByRole('region', { name: 'Phrases to avoid' });
    expect(avoid).toHaveTextContent('Avoid: “That was the warehouse’s mistake, not mine.”');
    expect(avoid).toHaveTextContent('Try instead:');
    await userEvent.click(screen.getByRole('button', { name: 'Print this card' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('says plainly when a lesson has no card', async () => {
    renderApp('/lessons/no-such-lesson/card');
    expect(
      await screen.findByRole('heading', { level: 1, name: /couldn’t find that job aid card/i }),
    ).toBeInTheDocument();
  });

  it('is linked from the top of each lesson', async () => {
    renderApp('/lessons/greeting');
    expect(await screen.findByRole('link', { name: /job aid/i }, { timeout: 5000 })).toHaveAttribute(
      'href',
      '/lessons/greeting/card',
    );
  });
});

describe('trainer guide page', () => {
  it('has a session plan per module, a floor checklist, discussion questions and a 30-day plan, and prints', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    renderApp('/trainer/guide');
    expect(await screen.findByRole('heading', { level: 1, name: 'Trainer guide' })).toBeInTheDocument();
    const plans = screen.getByRole('region', { name: 'Session plans' });
    const sessions = within(plans).getAllByRole('article');
    expect(sessions).toHaveLength(6);
    expect(within(sessions[2] as HTMLElement).getByRole('heading', { level: 3 })).toHaveTextContent(
      /Module \d: The service chain · 50 minutes/,
    );
    expect(
      within(sessions[2] as HTMLElement).getByRole('heading', { name: 'Discussion questions' }),
    ).toBeInTheDocument();
    const checklist = within(screen.getByRole('region', { name: /observation checklist/i })).getByRole(
      'table',
    );
    expect(within(checklist).getAllByRole('row').length).toBeGreaterThan(10);
    expect(within(checklist).getByRole('rowheader', { name: 'Owns the handover' })).toBeInTheDocument();
    const followUp = screen.getByRole('region', { name: '30-day follow-up plan' });
    expect(within(followUp).getByRole('heading', { name: /^Day 30/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Print the guide' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('is linked from the trainer page', async () => {
    renderApp('/trainer');
    expect(await screen.findByRole('link', { name: 'trainer guide' })).toHaveAttribute(
      'href',
      '/trainer/guide',
    );
  });
});
