import { useEffect, useRef } from 'react';
import { fragmentId } from '../../domain/course/reading-place';

/** A new page starts at the top, unless the address points at a section within it. */
export function useScrollToTop(pathname: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!window.location.hash) window.scrollTo(0, 0);
  }, [pathname]);
}

/**
 * An in-page link (`#question-7`, a section) followed on the same page brings its target into view,
 * stopping below the sticky header (its scroll margin, from --header-height). The browser does not
 * always scroll by itself once the router has taken the new address.
 */
export function useScrollToHash(hash: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const id = fragmentId(hash);
    if (!id) return;
    const frame = window.requestAnimationFrame(() => document.getElementById(id)?.scrollIntoView());
    return () => window.cancelAnimationFrame(frame);
  }, [hash]);
}
