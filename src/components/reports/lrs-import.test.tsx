import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { statementForEvent } from '../../domain/lms/xapi-statements';
import { LRS_CONNECTION_KEY } from '../../tracking/lrs-connection';
import { LrsImport } from './lrs-import';

const ada = { objectType: 'Agent' as const, name: 'Ada Learner', mbox: 'mailto:ada@example.org' };
const statements = [
  {
    ...statementForEvent(
      { actor: ada },
      { type: 'lesson-completed', lesson: 'greeting', at: '2026-03-01T09:00:00.000Z' },
      's1',
    ),
    stored: '2026-03-01T09:00:01.000Z',
  },
];

function stubLrs(status = 200, body: unknown = { statements, more: '' }) {
  const fetch = vi.fn(
    async (_url: string, _init?: RequestInit) => new Response(JSON.stringify(body), { status }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

async function fill(user: ReturnType<typeof userEvent.setup>, remember = false) {
  await open(user);
  await user.type(screen.getByLabelText('LRS endpoint'), 'https://lrs.example.org/xAPI');
  await user.type(screen.getByLabelText('LRS key'), 'hr-key');
  await user.type(screen.getByLabelText('LRS secret'), 's3cret');
  await user.type(screen.getByLabelText('Group of these learners'), 'March starters');
  await user.type(screen.getByLabelText('Their due date'), '2026-04-30');
  if (remember) await user.click(screen.getByLabelText(/remember/i));
}

/** The form is folded away until HR asks for it. */
async function open(user: ReturnType<typeof userEvent.setup>) {
  const toggle = screen.getByRole('button', { name: 'Load results from a Learning Record Store' });
  if (toggle.getAttribute('aria-expanded') === 'false') await user.click(toggle);
}

describe('LrsImport', () => {
  it('keeps its form folded until HR asks for it, and keeps what was typed when folded again', async () => {
    const user = userEvent.setup();
    render(<LrsImport modules={['greeting']} onRecords={async () => {}} />);
    const toggle = screen.getByRole('button', { name: 'Load results from a Learning Record Store' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('textbox', { name: 'LRS endpoint' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load results' })).not.toBeInTheDocument();
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.type(screen.getByRole('textbox', { name: 'LRS endpoint' }), 'https://lrs.example.org/xAPI');
    await user.click(toggle);
    expect(screen.queryByRole('textbox', { name: 'LRS endpoint' })).not.toBeInTheDocument();
    await user.keyboard(' ');
    expect(screen.getByRole('textbox', { name: 'LRS endpoint' })).toHaveValue('https://lrs.example.org/xAPI');
  });

  it('reads the course’s statements from the LRS and hands over one record per learner', async () => {
    const fetch = stubLrs();
    const onRecords = vi.fn(async () => {});
    const user = userEvent.setup();
    render(<LrsImport modules={['greeting', 'listening']} onRecords={onRecords} />);
    await fill(user);
    await user.click(screen.getByRole('button', { name: 'Load results' }));

    await waitFor(() => expect(onRecords).toHaveBeenCalledTimes(1));
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toMatch(/^https:\/\/lrs\.example\.org\/xAPI\/statements\?/);
    expect(decodeURIComponent(url)).toContain('activity=https://servewell.example/course/servewell');
    expect(decodeURIComponent(url)).toContain('related_activities=true');
    expect((init?.headers as Record<string, string>).Authorization).toBe(`Basic ${btoa('hr-key:s3cret')}`);

    const inputs = (onRecords.mock.calls[0] as unknown as [{ source: string; text: string }[]])[0];
    expect(inputs).toHaveLength(1);
    expect(inputs[0]?.source).toBe('LRS: Ada Learner');
    const envelope = JSON.parse(inputs[0]?.text ?? '{}');
    expect(envelope.record.assignment).toMatchObject({ group: 'March starters', due: '2026-04-30' });
    expect(envelope.record.modules[0]).toMatchObject({ slug: 'greeting', status: 'complete' });
    expect(await screen.findByText(/results for 1 learner/)).toBeInTheDocument();
  });

  it('keeps no credentials unless asked, and fills them in next time when asked', async () => {
    stubLrs();
    const user = userEvent.setup();
    const { unmount } = render(<LrsImport modules={['greeting']} onRecords={async () => {}} />);
    expect(screen.getByLabelText(/remember/i)).not.toBeChecked();
    await fill(user);
    await user.click(screen.getByRole('button', { name: 'Load results' }));
    await screen.findByText(/results for 1 learner/);
    expect(localStorage.getItem(LRS_CONNECTION_KEY)).toBeNull();
    unmount();

    const again = render(<LrsImport modules={['greeting']} onRecords={async () => {}} />);
    await fill(user, true);
    await user.click(screen.getByRole('button', { name: 'Load results' }));
    await screen.findByText(/results for 1 learner/);
    expect(JSON.parse(localStorage.getItem(LRS_CONNECTION_KEY) ?? '{}')).toEqual({
      endpoint: 'https://lrs.example.org/xAPI/',
      key: 'hr-key',
      secret: 's3cret',
    });
    again.unmount();

    render(<LrsImport modules={['greeting']} onRecords={async () => {}} />);
    expect(screen.getByLabelText('LRS secret')).toHaveValue('s3cret');
    expect(screen.getByLabelText(/remember/i)).toBeChecked();
  });

  it('says plainly when the LRS refuses the credentials', async () => {
    stubLrs(401, { message: 'Unauthorised' });
    const onRecords = vi.fn(async () => {});
    const user = userEvent.setup();
    render(<LrsImport modules={['greeting']} onRecords={onRecords} />);
    await fill(user);
    await user.click(screen.getByRole('button', { name: 'Load results' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The LRS did not accept the key and secret.');
    expect(onRecords).not.toHaveBeenCalled();
  });

  it('asks for the group and due date before calling the LRS', async () => {
    const fetch = stubLrs();
    const user = userEvent.setup();
    render(<LrsImport modules={['greeting']} onRecords={async () => {}} />);
    await open(user);
    await user.type(screen.getByLabelText('LRS endpoint'), 'https://lrs.example.org/xAPI');
    await user.click(screen.getByRole('button', { name: 'Load results' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/group/);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('reads every page of statements, past the old 50-page stop, and shows how many so far', async () => {
    const PAGES = 60;
    let release = () => {};
    const paused = new Promise<void>((resolve) => (release = resolve));
    const fetch = vi.fn(async (url: string) => {
      const page = Number(new URL(url).searchParams.get('more') ?? '1');
      if (page === 3) await paused;
      const statement = {
        ...statementForEvent(
          { actor: { ...ada, name: `Learner ${page}`, mbox: `mailto:l${page}@example.org` } },
          { type: 'lesson-completed', lesson: 'greeting', at: '2026-03-01T09:00:00.000Z' },
          `s${page}`,
        ),
        stored: '2026-03-01T09:00:01.000Z',
      };
      const more = page < PAGES ? `/xAPI/statements?more=${page + 1}` : '';
      return new Response(JSON.stringify({ statements: [statement], more }), { status: 200 });
    });
    vi.stubGlobal('fetch', fetch);
    const onRecords = vi.fn(async (_inputs: { source: string; text: string }[]) => {});
    const user = userEvent.setup();
    render(<LrsImport modules={['greeting']} onRecords={onRecords} />);
    await fill(user);
    await user.click(screen.getByRole('button', { name: 'Load results' }));
    expect(await screen.findByText(/2 read so far/)).toBeInTheDocument();
    release();
    await waitFor(() => expect(onRecords).toHaveBeenCalledTimes(1));
    expect(fetch).toHaveBeenCalledTimes(PAGES);
    expect(onRecords.mock.calls[0]![0]).toHaveLength(PAGES);
    expect(await screen.findByText(/^Read 60 statements: results for 60 learners/)).toBeInTheDocument();
  });
});
