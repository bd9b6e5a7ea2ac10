import { useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useScrollToHash, useScrollToTop } from '../components/layout/use-scroll-to-top';
import { HeaderSlotContext } from '../components/layout/header-slot';
import { SiteFooter } from '../components/layout/site-footer';
import { SiteHeader } from '../components/layout/site-header';
import { StorageNotices } from '../components/layout/storage-notices';
import { OfflineIndicator } from '../components/layout/offline-indicator';
import { TrackingStatus } from '../components/layout/tracking-status';
import { useCourseProgress } from './use-course-progress';
import { useSiteNavigation } from './use-site-navigation';

export function Layout() {
  const { pathname, hash } = useLocation();
  // The first page is on screen before the script runs (prerendered): only pages opened later fade in.
  const [firstPath] = useState(pathname);
  const [moved, setMoved] = useState(false);
  if (!moved && pathname !== firstPath) setMoved(true);
  const nav = useSiteNavigation();
  const [headerSlot, setHeaderSlot] = useState<HTMLElement | null>(null);
  useScrollToTop(pathname);
  useScrollToHash(hash);
  return (
    <HeaderSlotContext value={headerSlot}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader progress={useCourseProgress()} nav={nav} slotRef={setHeaderSlot} />
      <StorageNotices />
      <OfflineIndicator />
      <TrackingStatus />
      <main id="main" key={pathname} tabIndex={-1} className={moved ? 'route-enter' : undefined}>
        <Outlet />
      </main>
      <SiteFooter staffLinks={nav.staffLinks} />
    </HeaderSlotContext>
  );
}
