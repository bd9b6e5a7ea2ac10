import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLmsSession } from '../../state/lms-session';
import { useProgress } from '../../state/progress/progress-store';
import { renderApp } from '../../../tests/setup/render-app';

const pass = (score: number) =>
  act(() =>
    useProgress.getState().saveAttempt({
      id: `a-${score}`,
      startedAt: '2026-11-20T09:00:00.000Z',
      submittedAt: '2026-11-20T09:30:00.000Z',
      questionIds: [],
      responses: {},
      passMark: 0.8,
      score,
      passed: score >= 0.8,
    }),
  );

describe('certificate page', () => {
  it('uses the name the LMS has for the learner, without asking', async () => {
    pass(0.9);
    act(() => useProgress.getState().setProfile({ name: 'Typed Elsewhere' }));
    useLmsSession.setState({ learnerName: 'Amelia Okafor' });
    try {
      renderApp('/certificate');
      const certificate = await screen.findByRole('group', { name: 'Certificate of completion' });
      expect(certificate).toHaveTextContent('Amelia Okafor');
      expect(certificate).not.toHaveTextContent('Typed Elsewhere');
      expect(screen.queryByRole('button', { name: 'Change the name' })).not.toBeInTheDocument();
      expect(screen.getByText(/the one your learning system has for you/i)).toBeInTheDocument();
    } finally {
      useLmsSession.setState({ learnerName: null });
    }
  });

  it('is not available before the assessment is passed', async () => {
    pass(0.5);
    renderApp('/certificate');
    expect(
      await screen.findByRole('heading', { level: 1, name: /certificate is waiting/i }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /final assessment/i })).toHaveAttribute('href', '/assessment');
  });

  it('asks for a name, then shows the certificate with score, date, modules and a code, and prints', async () => {
    pass(0.867);
    const user = userEvent.setup();
    renderApp('/certificate');
    await user.click(await screen.findByRole('button', { name: 'Save name' }));
    expect(screen.getByText(/enter your name/i)).toBeInTheDocument();
    await user.type(screen.getByLabelText(/your name/i), '  Ana   Núñez ');
    await user.click(screen.getByRole('button', { name: 'Save name' }));

    const certificate = await screen.findByRole('group', { name: 'Certificate of completion' });
    expect(certificate).toHaveTextContent('Ana Núñez');
    expect(certificate).toHaveTextContent('86.7%');
    expect(certificate).toHaveTextContent('Greeting customers');
    expect(certificate).toHaveTextContent(/20 November 2026|November 20, 2026/);
    expect(certificate.textContent).toMatch(/SW-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}/);
    expect(useProgress.getState().profile.name).toBe('Ana Núñez');

    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: /print or save as pdf/i }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('gives a different verification code when the name changes', async () => {
    pass(0.9);
    act(() => useProgress.getState().setProfile({ name: 'Sam Lee' }));
    const user = userEvent.setup();
    renderApp('/certificate');
    const code = () => screen.getByText(/^SW-/).textContent;
    await screen.findByRole('group', { name: 'Certificate of completion' });
    const first = code();
    await user.click(screen.getByRole('button', { name: 'Change the name' }));
    const input = screen.getByLabelText(/your name/i);
    await user.clear(input);
    await user.type(input, 'Samuel Lee');
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    await screen.findByText('Samuel Lee');
    expect(code()).not.toBe(first);
  });
});
