/**
 * What the site's header and footer offer, decided from where the learner is and what they have done.
 * Learners see the learner's course (lessons, the assessment, and their certificate once passed); the trainer
 * and HR pages sit behind one footer entry, and are not offered at all when the course runs inside an LMS
 * (SCORM) or an xAPI launch, where the learner's progress belongs to that system.
 */

/** The pages the site's navigation can point to. */
export type NavEntry = 'lessons' | 'assessment' | 'certificate' | 'trainer' | 'reports';

/** How the course was launched: as the tracker chosen at start-up calls it. */
export type LaunchKind = 'local' | 'scorm12' | 'scorm2004' | 'xapi';

/**
 * The trainer and HR pages belong to the stand-alone course only. A SCORM package or an xAPI build
 * (`built`, the VITE_TRACKER build setting) never offers them, even opened outside its LMS; nor does a
 * stand-alone build launched from an LMS or with xAPI launch parameters (`active`).
 */
export function offersStaffPages(active: LaunchKind, built?: LaunchKind): boolean {
  return active === 'local' && (built === undefined || built === 'local');
}

export interface SiteNavigation {
  /** The header's entries, in order. */
  entries: NavEntry[];
  /** The entry for the page shown, highlighted in the header; null when none is. */
  current: NavEntry | null;
  /** Whether the header shows the learner's course progress. */
  showProgress: boolean;
  /** Whether the footer offers the trainer and HR pages. */
  staffLinks: boolean;
}

const STAFF: readonly NavEntry[] = ['trainer', 'reports'];

export function siteNavigation({
  page,
  passed,
  staffPages,
}: {
  /** The navigation entry the page shown belongs to (a lesson belongs to 'lessons'); null for others. */
  page: NavEntry | null;
  /** Whether the learner has passed the final assessment. */
  passed: boolean;
  staffPages: boolean;
}): SiteNavigation {
  const onStaffPage = staffPages && page !== null && STAFF.includes(page);
  const entries: NavEntry[] = onStaffPage
    ? ['lessons', 'trainer', 'reports']
    : ['lessons', 'assessment', ...(passed ? (['certificate'] as const) : [])];
  return {
    entries,
    current: page !== null && entries.includes(page) ? page : null,
    showProgress: !onStaffPage,
    staffLinks: staffPages,
  };
}
