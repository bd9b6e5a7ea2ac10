import { act, render, screen } from '@testing-library/react';
import { DELIVERY_TEXT } from '../../domain/lms/xapi-delivery';
import { useNotices } from '../../state/notices-store';
import { TrackingStatus } from './tracking-status';

afterEach(() => useNotices.setState({ tracking: [] }));

describe('TrackingStatus', () => {
  it('is an empty live region while records reach the LRS', () => {
    render(<TrackingStatus />);
    expect(screen.getByRole('status', { name: 'Progress reporting' })).toBeEmptyDOMElement();
  });

  it('shows the calm lines the tracker reports, and clears them', () => {
    render(<TrackingStatus />);
    act(() =>
      useNotices.getState().setTracking([
        { id: 'waiting', text: DELIVERY_TEXT.waiting },
        { id: 'set-aside', text: DELIVERY_TEXT.setAside },
      ]),
    );
    const status = screen.getByRole('status', { name: 'Progress reporting' });
    expect(status).toHaveTextContent(DELIVERY_TEXT.waiting);
    expect(status).toHaveTextContent(/Some of your records could not be sent/);
    act(() => useNotices.getState().setTracking([]));
    expect(status).toBeEmptyDOMElement();
  });
});
