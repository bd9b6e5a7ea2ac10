import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { textOf } from '../text-of';

let firstPage = true;

/**
 * The page's h1. After a navigation it takes focus (without scrolling), so keyboard and
 * screen-reader users start at the new page; it also names the browser tab.
 */
export function PageHeading({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const title = textOf(children);
  useEffect(() => {
    document.title = title ? `${title} · Servewell` : 'Servewell';
    if (firstPage) {
      firstPage = false;
      return;
    }
    ref.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <h1 id="page-title" ref={ref} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}
