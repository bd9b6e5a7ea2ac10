import { act, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { useNotices } from '../state/notices-store';
import { RouteError } from './route-error';

const show = () =>
  render(
    <MemoryRouter>
      <RouteError error={new Error('boom')} />
    </MemoryRouter>,
  );

describe('the error page', () => {
  afterEach(() =>
    act(() => useNotices.setState({ storage: 'saved', lms: undefined, lmsUnreadable: undefined })),
  );

  it('says progress is safe only when it is', () => {
    show();
    expect(screen.getByText(/your progress is safe/i)).toBeInTheDocument();
  });

  it.each([
    ['this browser is not saving', { storage: 'memory' as const }],
    ['the LMS is refusing data', { lms: 'refusing' as const }],
  ])('does not claim it when %s', (_, state) => {
    useNotices.setState(state);
    show();
    expect(screen.queryByText(/your progress is safe/i)).not.toBeInTheDocument();
    expect(screen.getByText(/not being saved right now/i)).toBeInTheDocument();
  });
});
