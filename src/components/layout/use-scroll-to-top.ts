import { useEffect, useRef } from 'react';

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
