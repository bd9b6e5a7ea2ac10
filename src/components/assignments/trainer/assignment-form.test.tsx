import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AssignmentDraft } from '../../../domain/assignments/assignment-codec';
import { AssignmentForm } from './assignment-form';

const lessons = [
  { slug: 'greeting', title: 'Greeting customers' },
  { slug: 'listening', title: 'Listening well' },
];

function renderForm() {
  const onCreate = vi.fn<(draft: AssignmentDraft) => null>(() => null);
  render(
    <AssignmentForm lessons={lessons} defaultDue="2026-06-01" minDue="2026-05-01" onCreate={onCreate} />,
  );
  return onCreate;
}

describe('the trainer form’s pass mark', () => {
  it('is asked for only while the final assessment is ticked, and keeps what was typed', async () => {
    const user = userEvent.setup();
    renderForm();
    const assessment = screen.getByRole('checkbox', { name: 'Final assessment' });
    expect(assessment).toBeChecked();
    await user.clear(screen.getByLabelText('Pass mark (%)'));
    await user.type(screen.getByLabelText('Pass mark (%)'), '70');

    await user.click(assessment);
    expect(screen.queryByLabelText('Pass mark (%)')).not.toBeInTheDocument();

    await user.click(assessment);
    expect(screen.getByLabelText('Pass mark (%)')).toHaveValue(70);
  });

  it('does not hold up an assignment without the assessment over a pass mark nobody was asked for', async () => {
    const user = userEvent.setup();
    const onCreate = renderForm();
    await user.type(screen.getByLabelText('Group or cohort name'), 'Evening group');
    await user.clear(screen.getByLabelText('Pass mark (%)'));
    await user.click(screen.getByRole('checkbox', { name: 'Final assessment' }));
    await user.click(screen.getByRole('button', { name: 'Create assignment link' }));

    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(onCreate).toHaveBeenCalledTimes(1);
    expect(onCreate.mock.calls[0]?.[0]).toMatchObject({ assessment: false, passMark: '80' });
  });

  it('sends the pass mark the trainer entered when the assessment is assigned', async () => {
    const user = userEvent.setup();
    const onCreate = renderForm();
    await user.type(screen.getByLabelText('Group or cohort name'), 'Morning group');
    await user.clear(screen.getByLabelText('Pass mark (%)'));
    await user.type(screen.getByLabelText('Pass mark (%)'), '90');
    await user.click(screen.getByRole('button', { name: 'Create assignment link' }));
    expect(onCreate.mock.calls[0]?.[0]).toMatchObject({ assessment: true, passMark: '90' });
  });
});

describe('the trainer form’s assessment hint', () => {
  it('says the assessment covers only the modules ticked', async () => {
    const user = userEvent.setup();
    renderForm();
    const assessment = screen.getByRole('checkbox', { name: 'Final assessment' });
    expect(assessment).toHaveAccessibleDescription(/covers the whole course/);
    await user.click(screen.getByRole('checkbox', { name: '2. Listening well' }));
    expect(assessment).toHaveAccessibleDescription(
      /covers the one module ticked: learners take it once it is complete, its questions come from that lesson only, and the certificate names it/,
    );
  });
});

describe('the trainer form’s spaced review switch', () => {
  it('is on by default, explained, and sends what the trainer chose', async () => {
    const user = userEvent.setup();
    const onCreate = renderForm();
    const review = screen.getByRole('checkbox', { name: 'Bring lessons back after the course' });
    expect(review).toBeChecked();
    expect(review).toHaveAccessibleDescription(/2, 7 and 30 days/);
    await user.type(screen.getByLabelText('Group or cohort name'), 'Evening group');
    await user.click(screen.getByRole('button', { name: 'Create assignment link' }));
    expect(onCreate.mock.calls[0]?.[0]).toMatchObject({ review: true });

    await user.click(review);
    await user.click(screen.getByRole('button', { name: 'Create assignment link' }));
    expect(onCreate.mock.calls[1]?.[0]).toMatchObject({ review: false });
  });
});
