import { useState } from 'react';
import { LazyMotion, m, useReducedMotion } from 'framer-motion';
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

const loadMotionFeatures = () => import('./motion-features').then((module) => module.domAnimation);

export function Layout() {
  const { pathname, hash } = useLocation();
  const reduceMotion = useReducedMotion();
  const nav = useSiteNavigation();
  const [headerSlot, setHeaderSlot] = useState<HTMLElement | null>(null);
  useScrollToTop(pathname);
  useScrollToHash(hash);
  return (
    <LazyMotion features={loadMotionFeatures} strict>
      <HeaderSlotContext value={headerSlot}>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader progress={useCourseProgress()} nav={nav} slotRef={setHeaderSlot} />
        <StorageNotices />
        <OfflineIndicator />
        <TrackingStatus />
        <m.main
          id="main"
          key={pathname}
          tabIndex={-1}
          initial={reduceMotion ? false : { opacity: 0, y: 8 }}
          animate={{ opacity: 1, y: 0 }}
          transition={reduceMotion ? { duration: 0 } : { duration: 0.22, ease: 'easeOut' }}
        >
          <Outlet />
        </m.main>
        <SiteFooter staffLinks={nav.staffLinks} />
      </HeaderSlotContext>
    </LazyMotion>
  );
}
