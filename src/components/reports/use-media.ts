import { useSyncExternalStore } from 'react';

/**
 * Whether a media query matches, kept current. Before hydration and where matchMedia is missing (the
 * prerender, tests) it is false, so the wide layout is the neutral one.
 */
export function useMedia(query: string): boolean {
  return useSyncExternalStore(
    (changed) => {
      if (typeof window.matchMedia !== 'function') return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener('change', changed);
      return () => list.removeEventListener('change', changed);
    },
    () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches,
    () => false,
  );
}

/** Narrow enough that the learner table would need sideways scrolling: learners show as cards. */
export const NARROW_SCREEN = '(max-width: 47.99rem)';
