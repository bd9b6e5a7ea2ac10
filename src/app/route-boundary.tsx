import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { useLocation } from 'react-router';
import { LoadingBoundary } from '../components/loading-boundary';
import { LoadingLine } from '../components/ui/loading-line';
import { RouteError } from './route-error';

interface BoundaryState {
  error: Error | null;
}

class ErrorBoundary extends Component<{ children: ReactNode }, BoundaryState> {
  override state: BoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn('A page failed to render', error, info.componentStack);
  }

  override render() {
    return this.state.error ? <RouteError error={this.state.error} /> : this.props.children;
  }
}

/** One page's error boundary and loading state: a broken page never blanks the rest of the course. */
export function RouteBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary key={pathname}>
      <LoadingBoundary fallback={<LoadingLine className="page">Loading…</LoadingLine>}>
        {children}
      </LoadingBoundary>
    </ErrorBoundary>
  );
}
