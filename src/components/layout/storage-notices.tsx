import { lazy, Suspense } from 'react';
import { hasNotice, useNotices } from '../../state/notices-store';

const NoticeList = lazy(() => import('./notice-list').then((m) => ({ default: m.NoticeList })));

/**
 * The learner's notices about saving progress, under the header. Most visits have none, so their wording
 * loads only when there is one. While the page hydrates the store reads as it was at build (no notice), so
 * a notice found in this browser appears just after.
 */
export function StorageNotices() {
  const any = useNotices(hasNotice);
  if (!any) return null;
  return (
    <Suspense fallback={null}>
      <NoticeList />
    </Suspense>
  );
}
