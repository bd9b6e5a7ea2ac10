import { useEffect, useRef } from 'react';

/** The custom property that holds the sticky header's height, for scroll margins and sticky bars below it. */
const HEADER_HEIGHT_PROPERTY = '--header-height';

/**
 * Measures the sticky site header and keeps its height in `--header-height` on the root element, so
 * anything scrolled to (a section, an activity) stops below the header and sticky bars sit under it,
 * however the header wraps or grows (a reading-progress strip, a larger text size).
 */
export function useHeaderHeight<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    const header = ref.current;
    if (!header) return;
    const root = document.documentElement;
    const write = () =>
      root.style.setProperty(HEADER_HEIGHT_PROPERTY, `${Math.ceil(header.getBoundingClientRect().height)}px`);
    write();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(write);
    observer.observe(header);
    return () => observer.disconnect();
  }, []);
  return ref;
}
