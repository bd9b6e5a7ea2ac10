import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { onTestFinished } from 'vitest';
import { encodeAssignment } from '../../domain/assignments/assignment-codec';
import type { Assignment } from '../../domain/assignments/assignment';
import { addDays, localDate } from '../../domain/assignments/due-dates';
import { readCode } from '../../domain/reports/record-codec';
import { pickData, useProgress } from '../../state/progress/progress-store';
import { renderApp } from '../../../tests/setup/render-app';

const today = localDate(new Date());
const assignment: Assignment = {
  v: 1,
  id: 'assign-test-1',
  group: 'March starters',
  modules: ['greeting', 'follow-up'],
  assessment: true,
  due: addDays(today, 10),
  passMark: 75,
  message: 'Finish before the team meeting.',
  trainer: 'Priya Shah',
  createdAt: '2026-03-01T09:00:00.000Z',
};
const token = encodeAssignment(assignment);
const saved = () => JSON.stringify(pickData(useProgress.getState()));

/** Collects what the page offers as downloads (jsdom has no object URLs). */
function captureDownloads(): Blob[] {
  const blobs: Blob[] = [];
  const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
  URL.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:download');
  URL.revokeObjectURL = () => undefined;
  onTestFinished(() => {
    URL.createObjectURL = original.create;
    URL.revokeObjectURL = original.revoke;
  });
  return blobs;
}

describe('opening an assignment link', () => {
  it('refuses a link whose id is __proto__ with a reason, and changes nothing', async () => {
    const forged = encodeAssignment({ ...assignment, id: '__proto__' });
    renderApp(`/assignment#${forged}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This assignment link cannot be used' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/assignment id is a reserved word/)).toBeInTheDocument();
    expect(useProgress.getState().assignments).toEqual({});
  });

  it('refuses a hand-made link with a 1% pass mark, naming the rule', async () => {
    renderApp(`/assignment#${encodeAssignment({ ...assignment, passMark: 1 })}`);
    expect(await screen.findByText(/pass mark must be a whole number from 50% to 100%/)).toBeInTheDocument();
  });

  it('explains a link with ? where # belongs, and offers the corrected link', async () => {
    const user = userEvent.setup();
    renderApp(`/assignment?${token}`);
    expect(await screen.findByText(/has a \? where a # belongs/)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Open the corrected link' }));
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Your assignment for March starters, from Priya Shah',
      }),
    ).toBeInTheDocument();
  });

  it('takes a name made only of invisible characters as no name, and strips bidi overrides', async () => {
    const user = userEvent.setup();
    renderApp(`/assignment#${token}`);
    await screen.findByRole('heading', {
      level: 1,
      name: 'Your assignment for March starters, from Priya Shah',
    });
    await user.type(screen.getByLabelText('Your name'), '\u200B\u2800\u200B');
    await user.click(screen.getByRole('button', { name: 'Accept the assignment' }));
    expect(screen.getByText(/enter your name/i)).toBeInTheDocument();
    expect(useProgress.getState().assignments).toEqual({});
    await user.clear(screen.getByLabelText('Your name'));
    await user.type(screen.getByLabelText('Your name'), 'Ana\u202E avliS');
    await user.click(screen.getByRole('button', { name: 'Accept the assignment' }));
    expect(await screen.findByText('Accepted.')).toBeInTheDocument();
    expect(useProgress.getState().profile.name).toBe('Ana avliS');
  });

  it('shows what is assigned, by whom and when it is due, and is accepted once with the learner’s name', async () => {
    const user = userEvent.setup();
    renderApp(`/assignment#${token}`);
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Your assignment for March starters, from Priya Shah',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Priya Shah')).toBeInTheDocument();
    expect(screen.getByText(/\(10 days left\)/)).toBeInTheDocument();
    expect(screen.getByText('75% in the final assessment')).toBeInTheDocument();
    const list = screen.getByRole('heading', { name: 'What to complete' }).nextElementSibling as HTMLElement;
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Greeting customers', 'Following up', 'Final assessment']);
    expect(screen.getByText('Finish before the team meeting.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Accept the assignment' }));
    expect(screen.getByText(/enter your name/i)).toBeInTheDocument();
    expect(useProgress.getState().assignments).toEqual({});

    await user.type(screen.getByLabelText('Your name'), 'Zoë O’Brien');
    await user.type(screen.getByLabelText(/employee id/i), 'E123');
    await user.click(screen.getByRole('button', { name: 'Accept the assignment' }));
    expect(await screen.findByText('Accepted.')).toBeInTheDocument();
    const state = useProgress.getState();
    expect(state.profile).toMatchObject({ name: 'Zoë O’Brien', employeeId: 'E123', email: '' });
    expect(state.assignments['assign-test-1']).toMatchObject({ id: 'assign-test-1', assignment });
  });

  it('puts assigned modules first on the course home, with the due date and days left', async () => {
    useProgress.getState().acceptAssignment(assignment.id, assignment);
    useProgress.getState().acceptAssignment('second', {
      ...assignment,
      id: 'second',
      group: 'Evening group',
      modules: ['listening'],
      assessment: false,
      due: addDays(today, -2),
    });
    useProgress.getState().completeLesson('greeting');
    renderApp('/');
    const section = screen.getByRole('region', { name: 'Assigned to you' });
    const cards = within(section)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(cards).toEqual(['Evening group', 'March starters']);
    expect(within(section).getByText('2 days overdue')).toBeInTheDocument();
    expect(within(section).getByText('10 days left')).toBeInTheDocument();
    const march = within(section).getByRole('list', { name: 'Assigned to March starters' });
    expect(
      within(march)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Module 1: Greeting customers✓ Complete',
      'Module 3: Following up○ Not started',
      'Final assessment○ Not started',
    ]);
    expect(within(section).getByText('1 of 3 done')).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Send my completion record' })).toHaveAttribute(
      'href',
      '/assignment',
    );
    // Assigned work comes before the full module list.
    const modules = screen.getByRole('heading', { level: 2, name: 'Modules' });
    expect(section.compareDocumentPosition(modules) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it.each([
    ['truncated', token.slice(0, -3), /incomplete/],
    ['cut before the checksum', token.slice(0, 50), /incomplete/],
    [
      'altered',
      token.replace(/.(?=\.)/, (c) => (c === 'A' ? 'B' : 'A')),
      /changed since the trainer made it/,
    ],
    ['malformed', 'not-an-assignment', /damaged/],
  ])('a %s link gets a clear page and changes nothing', async (_kind, fragment, message) => {
    useProgress.getState().setProfile({ name: 'Ana' });
    const before = saved();
    renderApp(`/assignment#${fragment}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This assignment link cannot be used' }),
    ).toBeInTheDocument();
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(screen.getByText(/nothing has been changed/i)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /accept/i })).not.toBeInTheDocument();
    expect(saved()).toBe(before);
  });
});

describe('sending a completion record', () => {
  it('offers a file named after the learner and group, and a code that reads back as the record', async () => {
    const user = userEvent.setup();
    useProgress.getState().setProfile({ name: 'Zoë O’Brien', email: 'zoe@example.com' });
    useProgress.getState().acceptAssignment(assignment.id, assignment);
    useProgress.getState().completeLesson('greeting');
    const blobs = captureDownloads();
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });

    renderApp('/assignment');
    expect(await screen.findByRole('heading', { level: 1, name: 'Your assignments' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'March starters' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Download record file' }));
    expect(clicked).toEqual(['servewell-record-zoë-obrien-march-starters.json']);
    const file = JSON.parse(await blobs[0]!.text());
    expect(file).toMatchObject({
      format: 'servewell-completion-record',
      version: 2,
      record: { course: 'servewell', learner: { name: 'Zoë O’Brien' } },
    });
    expect(
      screen.getByText(/Downloaded servewell-record-zoë-obrien-march-starters.json/),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show a code to copy' }));
    const code = (screen.getByLabelText('Your record as a code') as HTMLTextAreaElement).value;
    const reading = readCode(code, new Date());
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.record.assignment.id).toBe('assign-test-1');
    expect(reading.record.modules.map((m) => [m.slug, m.status])).toEqual([
      ['greeting', 'complete'],
      ['follow-up', 'not-started'],
    ]);

    await user.click(screen.getByRole('button', { name: 'Copy code' }));
    expect(await screen.findByText('Copied.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(code);
  });

  it('says plainly when there is nothing assigned yet', async () => {
    renderApp('/assignment');
    expect(await screen.findByText(/you have no assignments yet/i)).toBeInTheDocument();
  });
});
