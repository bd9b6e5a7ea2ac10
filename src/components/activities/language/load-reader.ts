import { useCallback, useEffect, useState } from 'react';
import type { Coach } from './coach';

/**
 * The English reader (compromise, ~130 KB gzip) lives in its own chunk. It is fetched only where a
 * learner may type something the coach reads: prefetched when the browser is idle on a lesson that has
 * a free-text turn or the definitions exercise, and awaited when they send a reply or check their words.
 * The service worker precaches every built JS file, so after one online visit it works offline.
 */
let loading: Promise<Coach> | null = null;

/** Loads the reader and the coach once; a failed load is forgotten so the next call tries again. */
export function loadReader(): Promise<Coach> {
  loading ??= import('./coach')
    .then((m) => m.coach)
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}

/** Starts loading the reader when the browser is idle; returns a function that cancels the wait. */
export function prefetchReaderWhenIdle(): () => void {
  const start = () => {
    loadReader().catch(() => {
      // A failed prefetch is retried when the learner needs the reader; they are told then.
    });
  };
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(start, { timeout: 4000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(start, 1500);
  return () => window.clearTimeout(id);
}

/** Prefetches the reader while the browser is idle, for as long as `wanted` is true. */
export function usePrefetchReader(wanted: boolean) {
  useEffect(() => (wanted ? prefetchReaderWhenIdle() : undefined), [wanted]);
}

export type ReaderState =
  { status: 'idle' | 'loading' | 'failed'; reader: null } | { status: 'ready'; reader: Coach };

/**
 * The reader and coach for a component: `load()` starts (or retries) loading and resolves to them, or to
 * null when it cannot be loaded (the state then says 'failed').
 */
export function useReader(loadNow = false): ReaderState & { load: () => Promise<Coach | null> } {
  const [state, setState] = useState<ReaderState>({ status: 'idle', reader: null });
  const load = useCallback(async () => {
    setState((s) => (s.status === 'ready' ? s : { status: 'loading', reader: null }));
    try {
      const reader = await loadReader();
      setState({ status: 'ready', reader });
      return reader;
    } catch {
      setState({ status: 'failed', reader: null });
      return null;
    }
  }, []);
  useEffect(() => {
    if (loadNow) void load();
  }, [loadNow, load]);
  return { ...state, load };
}
