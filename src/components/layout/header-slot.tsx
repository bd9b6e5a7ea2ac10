import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

/** The strip along the bottom of the sticky site header, where a page may put something (a lesson's reading progress). */
export const HeaderSlotContext = createContext<HTMLElement | null>(null);

/** Shows its children in the site header's bottom strip, full width, under the header's own row. */
export function InHeader({ children }: { children: ReactNode }) {
  const slot = useContext(HeaderSlotContext);
  return slot ? createPortal(children, slot) : null;
}
