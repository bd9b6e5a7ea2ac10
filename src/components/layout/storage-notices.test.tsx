import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useNotices } from '../../state/notices-store';
import { StorageNotices } from './storage-notices';

const initial = useNotices.getState();
afterEach(() => act(() => useNotices.setState(initial, true)));

describe('storage notices', () => {
  it('shows nothing while progress is saved where it belongs', () => {
    const { container } = render(<StorageNotices />);
    expect(container).toBeEmptyDOMElement();
  });

  it('tells the learner to open the newer course when the save came from one', async () => {
    act(() => useNotices.getState().report({ kind: 'newer', key: 'servewell-progress', version: 3 }));
    render(<StorageNotices />);
    expect(await screen.findByRole('status')).toHaveTextContent(
      /saved by a newer version of this course.*open the newer course/i,
    );
  });

  it('says when an unreadable save could not be kept, and offers it as a download', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:old-save');
    URL.revokeObjectURL = vi.fn();
    act(() =>
      useNotices.getState().report({
        kind: 'recovered',
        key: 'servewell-progress',
        backupKey: null,
        reason: 'garbled',
        raw: '{oops',
      }),
    );
    render(<StorageNotices />);
    expect(await screen.findByText(/no room to keep a copy/i)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download the old save' })).toHaveAttribute(
      'download',
      'servewell-old-progress.txt',
    );
  });

  it('names the backup when one was kept', async () => {
    act(() =>
      useNotices.getState().report({
        kind: 'recovered',
        key: 'k',
        backupKey: 'servewell-progress:backup:42',
        reason: 'garbled',
      }),
    );
    render(<StorageNotices />);
    expect(await screen.findByRole('status')).toHaveTextContent('“servewell-progress:backup:42”');
  });

  it('says calmly that progress is only kept in this browser when the LMS is missing', async () => {
    act(() => useNotices.getState().report({ kind: 'lms-unavailable', why: 'missing' }));
    render(<StorageNotices />);
    expect(await screen.findByRole('status')).toHaveTextContent(/only kept in this browser/);
    act(() => useNotices.getState().report({ kind: 'lms-accepting' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('keeps unreadable LMS data until the learner chooses to start fresh, with a download', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:lms');
    URL.revokeObjectURL = vi.fn();
    const startFresh = vi.fn();
    act(() =>
      useNotices.getState().report({
        kind: 'lms-unreadable',
        reason: 'it was cut off',
        raw: '{"v":1,"e"',
        backupKey: 'servewell-lms-suspend-data:backup:1',
        startFresh,
      }),
    );
    render(<StorageNotices />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /could not be read \(it was cut off\).*has not been changed/,
    );
    expect(screen.getByRole('link', { name: 'Download the saved data' })).toHaveAttribute('href', 'blob:lms');
    expect(startFresh).not.toHaveBeenCalled();
    await userEvent.setup().click(screen.getByRole('button', { name: /start fresh/i }));
    expect(startFresh).toHaveBeenCalledOnce();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
