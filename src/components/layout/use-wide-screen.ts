import { useSyncExternalStore } from 'react';

const WIDE = '(min-width: 60rem)';
const wide = () => typeof window.matchMedia !== 'function' || window.matchMedia(WIDE).matches;
const onWidthChange = (change: () => void) => {
  if (typeof window.matchMedia !== 'function') return () => {};
  const query = window.matchMedia(WIDE);
  if (typeof query.addEventListener !== 'function') return () => {};
  query.addEventListener('change', change);
  return () => query.removeEventListener('change', change);
};

/**
 * Whether the screen is wide enough for the lesson's sidebar beside it. A prerendered page cannot know:
 * there (and while React hydrates it) this is `unknown`, and the stylesheet decides until the script runs.
 */
export function useWideScreen<T>(unknown: T): boolean | T {
  return useSyncExternalStore<boolean | T>(onWidthChange, wide, () => unknown);
}
