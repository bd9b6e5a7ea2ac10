import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useProgress } from '../../state/progress/progress-store';
import { renderApp } from '../../../tests/setup/render-app';

describe('activities showcase', () => {
  it('shows every registered kind of activity on one page', async () => {
    const { container } = renderApp('/activities');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Lesson activities' }, { timeout: 5000 }),
    ).toBeInTheDocument();

    const quiz = container.querySelector('#showcase-quiz') as HTMLElement;
    expect(quiz).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Quiz' })).toBeInTheDocument();
    const contents = screen.getByRole('navigation', { name: 'On this page' });
    expect(within(contents).getByRole('link', { name: 'Reflection' })).toHaveAttribute(
      'href',
      '#showcase-reflection-section',
    );
    expect(within(quiz).getByText(/who is your customer here/i)).toBeInTheDocument();
    expect(within(quiz).getByText(/fill the gap/i)).toBeInTheDocument();

    const reflection = screen.getByRole('region', { name: 'Reflection' });
    expect(within(reflection).getByRole('textbox', { name: /served you really well/i })).toBeInTheDocument();

    const definitions = await screen.findByRole(
      'region',
      { name: 'Definitions exercise' },
      { timeout: 5000 },
    );
    expect(
      await within(definitions).findByRole(
        'navigation',
        { name: 'Steps of the definitions exercise' },
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect(container.querySelector('#showcase-definitions')).toBeInTheDocument();

    expect(screen.getByRole('heading', { level: 2, name: 'Role-play' })).toBeInTheDocument();
    expect(container.querySelector('#showcase-roleplay')).toBeInTheDocument();
  });

  it('saves what is tried here under the showcase, not under a lesson', async () => {
    renderApp('/activities');
    const box = await screen.findByRole('textbox', { name: /served you really well/i }, { timeout: 5000 });
    await userEvent.type(box, 'She remembered my name');
    await userEvent.tab();
    expect(useProgress.getState().activities['showcase-reflection']).toMatchObject({
      lesson: 'showcase',
      kind: 'reflection',
      answers: { version: 1, text: 'She remembered my name' },
    });
  });
});
