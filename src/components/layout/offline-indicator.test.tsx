import { act, render, screen } from '@testing-library/react';
import { OfflineIndicator } from './offline-indicator';

function setOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  act(() => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}

describe('OfflineIndicator', () => {
  it('says nothing while online', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    render(<OfflineIndicator />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('tells the learner when the connection drops that progress is kept, and clears when it returns', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    render(<OfflineIndicator />);
    setOnline(false);
    expect(screen.getByRole('status')).toHaveTextContent(
      'You’re offline. Your progress is kept on this device.',
    );
    setOnline(true);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('shows straight away when the course opens without a connection', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    render(<OfflineIndicator />);
    expect(screen.getByRole('status')).toHaveTextContent(/offline/);
  });
});
