import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useProgress } from '../../../state/progress/progress-store';
import { LessonContext } from '../lesson-context';
import { Reflection, readReflectionText } from './reflection';
import type { ReflectionProps } from './reflection';

const PROMPT = 'Think of a time a colleague relied on your work.';

function renderReflection(props: Partial<ReflectionProps> = {}) {
  return render(
    <LessonContext value="chain">
      <Reflection id="chain-reflect" prompt={PROMPT} {...props} />
    </LessonContext>,
  );
}

const saved = () => useProgress.getState().activities['chain-reflect'];

describe('Reflection', () => {
  it('saves what the learner types once they pause, under the lesson, and says so', async () => {
    const { container } = renderReflection({ minWords: 5 });
    expect(container.querySelector('#chain-reflect')).toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: PROMPT }), 'The payroll team');
    expect(saved()).toBeUndefined();
    await waitFor(() => expect(saved()).toBeDefined(), { timeout: 2000 });
    expect(saved()).toMatchObject({
      lesson: 'chain',
      kind: 'reflection',
      answers: { version: 1, text: 'The payroll team' },
      completed: false,
    });
    expect(screen.getByRole('status')).toHaveTextContent('Saved');
  });

  it('saves at once when the field loses focus, and when it goes away', async () => {
    const first = renderReflection();
    await userEvent.type(screen.getByRole('textbox'), 'Blurred');
    await userEvent.tab();
    expect(saved()?.answers).toEqual({ version: 1, text: 'Blurred' });

    await userEvent.type(screen.getByRole('textbox'), ' then closed');
    first.unmount();
    expect(saved()?.answers).toEqual({ version: 1, text: 'Blurred then closed' });
  });

  it('shows the saved text again when the learner comes back', async () => {
    const first = renderReflection();
    await userEvent.type(screen.getByRole('textbox'), 'Still here tomorrow');
    first.unmount();
    renderReflection();
    expect(screen.getByRole('textbox')).toHaveValue('Still here tomorrow');
    expect(screen.getByRole('status')).toHaveTextContent('Saved');
  });

  it('counts characters and words against the minimum', async () => {
    renderReflection({ minWords: 5 });
    const box = screen.getByRole('textbox');
    expect(box).toHaveAccessibleDescription(/at least 5 words.*0 characters · 0 of 5 words/);
    await userEvent.type(box, 'Help them  first');
    expect(screen.getByText('16 characters · 3 of 5 words')).toBeInTheDocument();
  });

  it('counts toward completion only once it has minWords words', async () => {
    renderReflection({ minWords: 5 });
    const box = screen.getByRole('textbox');
    await userEvent.type(box, 'one two three four');
    await userEvent.tab();
    expect(saved()?.completed).toBe(false);
    await userEvent.type(box, ' five');
    await userEvent.tab();
    expect(saved()?.completed).toBe(true);
    expect(screen.getByText(/5 words: enough to count/)).toBeInTheDocument();
  });

  it('without minWords, any words complete it; blank text does not', async () => {
    renderReflection({ optional: true });
    expect(screen.getByText('Reflection (optional)')).toBeInTheDocument();
    const box = screen.getByRole('textbox');
    await userEvent.type(box, '   ');
    await userEvent.tab();
    expect(saved()?.completed).toBe(false);
    await userEvent.type(box, 'Yes');
    await userEvent.tab();
    expect(saved()?.completed).toBe(true);
  });

  it('reads only version-1 saved answers', () => {
    expect(readReflectionText({ version: 1, text: 'kept' })).toBe('kept');
    expect(readReflectionText({ version: 2, text: 'unknown' })).toBe('');
    expect(readReflectionText({ version: 1, text: 42 })).toBe('');
    expect(readReflectionText(null)).toBe('');
    expect(readReflectionText('text')).toBe('');
  });
});

describe('Reflection: teach back', () => {
  it('shows what a strong answer includes only once the learner’s own answer is saved', async () => {
    renderReflection({
      checklist: ['Names one specific action', 'Says how it changed your view'],
      modelAnswer: 'The pharmacist rang me back the same day.',
    });
    expect(screen.queryByText('Compare with a strong answer')).not.toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: PROMPT }), 'They rang me back');
    expect(
      await screen.findByText('Compare with a strong answer', {}, { timeout: 2000 }),
    ).toBeInTheDocument();
    expect(screen.getByText('Names one specific action')).toBeInTheDocument();
    expect(screen.getByText('The pharmacist rang me back the same day.')).toBeInTheDocument();
  });
});
