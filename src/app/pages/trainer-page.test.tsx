import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { decodeAssignment } from '../../domain/assignments/assignment-codec';
import { useTrainer } from '../../state/trainer/trainer-store';
import { renderApp } from '../../../tests/setup/render-app';

beforeEach(() => useTrainer.setState({ created: [], issue: null }));

const tokenOf = (url: string) => decodeAssignment(new URL(url).hash);

describe('trainer page', () => {
  it('explains every problem with the form and moves focus to the list of problems', async () => {
    const user = userEvent.setup();
    renderApp('/trainer');
    await screen.findByRole('heading', { level: 1, name: 'Assign the course' });
    await user.click(screen.getByRole('button', { name: 'Clear modules' }));
    await user.click(screen.getByRole('checkbox', { name: 'Final assessment' }));
    await user.click(screen.getByRole('button', { name: 'Create assignment link' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Please check 2 things');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      'Enter the name of the group or cohort.',
      'Choose at least one module or the final assessment.',
    ]);
    await vi.waitFor(() => expect(summary).toHaveFocus());
    expect(screen.getByLabelText('Group or cohort name')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Group or cohort name')).toHaveAccessibleDescription(/name of the group/);
    expect(useTrainer.getState().created).toEqual([]);
    // The pass mark is asked for with the final assessment, and says which marks it takes.
    await user.click(screen.getByRole('checkbox', { name: 'Final assessment' }));
    expect(screen.getByLabelText('Pass mark (%)')).toHaveAccessibleDescription(/from 50 to 100%/);
  });

  it('puts a limit on attempts and a wait into the link, and hides both when the assessment is not assigned', async () => {
    const user = userEvent.setup();
    renderApp('/trainer');
    await user.type(await screen.findByLabelText('Group or cohort name'), 'Retakes');
    await user.type(screen.getByLabelText(/most attempts at the assessment/i), '2');
    await user.type(screen.getByLabelText(/hours to wait between attempts/i), '24');
    await user.click(screen.getByRole('button', { name: 'Create assignment link' }));
    const link = (await screen.findByLabelText('Assignment link for Retakes')) as HTMLInputElement;
    expect(tokenOf(link.value)).toMatchObject({ ok: true, assignment: { maxAttempts: 2, waitHours: 24 } });
    await user.click(screen.getByRole('checkbox', { name: 'Final assessment' }));
    expect(screen.queryByLabelText(/most attempts at the assessment/i)).not.toBeInTheDocument();
  }, 20_000);

  it('creates a link holding the assignment, with a copy button and a QR code, and lists it', async () => {
    const user = userEvent.setup();
    renderApp('/trainer');
    await screen.findByRole('heading', { level: 1, name: 'Assign the course' });
    await user.type(screen.getByLabelText('Group or cohort name'), 'March starters');
    await user.click(screen.getByRole('checkbox', { name: '2. Listening well' }));
    await user.clear(screen.getByLabelText('Pass mark (%)'));
    await user.type(screen.getByLabelText('Pass mark (%)'), '70');
    await user.type(screen.getByLabelText(/message to learners/i), 'See you on Friday.');
    await user.click(screen.getByRole('button', { name: 'Create assignment link' }));

    const ready = await screen.findByRole('region', { name: 'Ready to share: March starters' });
    expect(within(ready).getByRole('heading', { level: 2 })).toHaveFocus();
    const link = within(ready).getByLabelText('Assignment link for March starters') as HTMLInputElement;
    expect(link.value).toMatch(/^http:\/\/localhost(:\d+)?\/assignment#[A-Za-z0-9_-]+\.[0-9a-f]{14}$/);
    const decoded = tokenOf(link.value);
    expect(decoded).toMatchObject({
      ok: true,
      assignment: {
        group: 'March starters',
        modules: ['greeting', 'follow-up'],
        assessment: true,
        passMark: 70,
        message: 'See you on Friday.',
      },
    });

    await user.click(within(ready).getByRole('button', { name: 'Copy link' }));
    expect(await within(ready).findByText('Copied.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(link.value);
    expect(await within(ready).findByRole('img', { name: /QR code of the assignment link/ })).toHaveAttribute(
      'src',
      expect.stringMatching(/^data:image\/svg\+xml/),
    );
    expect(useTrainer.getState().created).toHaveLength(1);
  });

  it('selects the text for copying by hand when the clipboard is unavailable', async () => {
    const user = userEvent.setup();
    renderApp('/trainer');
    await screen.findByRole('heading', { level: 1, name: 'Assign the course' });
    await user.type(screen.getByLabelText('Group or cohort name'), 'Evening group');
    await user.click(screen.getByRole('button', { name: 'Create assignment link' }));
    const ready = await screen.findByRole('region', { name: /Ready to share/ });
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(within(ready).getByRole('button', { name: 'Copy link' }));
    expect(await within(ready).findByText(/the text is selected/)).toBeInTheDocument();
    const field = within(ready).getByLabelText('Assignment link for Evening group') as HTMLInputElement;
    expect(field).toHaveFocus();
    expect(field.selectionEnd! - field.selectionStart!).toBe(field.value.length);
  });

  it('lists assignments made on this device, to share again, retire and restore', async () => {
    const user = userEvent.setup();
    renderApp('/trainer');
    await screen.findByRole('heading', { level: 1, name: 'Assign the course' });
    for (const group of ['Group A', 'Group B']) {
      await user.clear(screen.getByLabelText('Group or cohort name'));
      await user.type(screen.getByLabelText('Group or cohort name'), group);
      await user.click(screen.getByRole('button', { name: 'Create assignment link' }));
      await screen.findByRole('region', { name: `Ready to share: ${group}` });
    }
    const list = screen.getByRole('region', { name: 'Assignments made on this device' });
    expect(
      within(list)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Group B', 'Group A']);

    const share = within(list).getByRole('button', { name: 'Show link and QR code for Group A' });
    await user.click(share);
    expect(share).toHaveAttribute('aria-expanded', 'true');
    const again = within(list).getByLabelText('Assignment link for Group A') as HTMLInputElement;
    expect(tokenOf(again.value)).toMatchObject({ ok: true, assignment: { group: 'Group A' } });

    await user.click(within(list).getByRole('button', { name: 'Retire Group A' }));
    expect(within(list).getByText('Retired assignments (1)')).toBeInTheDocument();
    expect(
      useTrainer.getState().created.find((c) => c.assignment.group === 'Group A')?.retiredAt,
    ).toBeTruthy();
    await user.click(within(list).getByText('Retired assignments (1)'));
    await user.click(within(list).getByRole('button', { name: 'Restore Group A' }));
    expect(within(list).queryByText(/Retired assignments/)).not.toBeInTheDocument();
  });
});
