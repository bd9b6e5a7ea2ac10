import { create } from 'zustand';
import type { DeliveryLine } from '../domain/lms/xapi-delivery';
import type { StorageIssue } from './versioned-storage';

/** What the LMS side of the course has to tell the learner (see src/tracking). */
export type LmsIssue =
  /** Launched from a SCORM package but no LMS answered, or the LMS stopped accepting data. */
  | { kind: 'lms-unavailable'; why: 'missing' | 'refusing' }
  /** The LMS accepts data again after refusing it. */
  | { kind: 'lms-accepting' }
  /**
   * The LMS's saved progress (suspend data) could not be read. It is kept, not replaced: `raw` is offered
   * as a download, `backupKey` names the copy in this browser (null when none could be kept), and
   * `startFresh` replaces the LMS copy only when the learner chooses.
   */
  | { kind: 'lms-unreadable'; reason: string; raw: string; backupKey: string | null; startFresh: () => void };

export interface NoticesState {
  /** 'memory' when progress cannot be saved in this browser and lives only until the tab closes. */
  storage: 'saved' | 'memory';
  recovered?: { backupKey: string | null; reason: string; raw?: string };
  dismissedRecovery: boolean;
  /** What the learner should know about reporting to their organisation's LRS (xAPI); empty when all is well. */
  tracking: DeliveryLine[];
  setTracking: (lines: DeliveryLine[]) => void;
  /** Saved progress from a newer version of the course, left untouched. */
  newer?: { version: number };
  /** Progress is kept only in this browser because the LMS is missing or refusing data. */
  lms?: 'missing' | 'refusing' | undefined;
  /** The LMS's unreadable copy, held until the learner decides. */
  lmsUnreadable?:
    { reason: string; raw: string; backupKey: string | null; startFresh: () => void } | undefined;
  report: (issue: StorageIssue | LmsIssue) => void;
  dismissRecovery: () => void;
  /** The learner chose to start fresh in the LMS: its unreadable copy may now be replaced. */
  startFreshInLms: () => void;
}

/** Whether the learner has anything to be told about saving progress (the notices under the header). */
export const hasNotice = (s: NoticesState): boolean =>
  s.storage !== 'saved' ||
  Boolean(s.recovered && !s.dismissedRecovery) ||
  Boolean(s.newer) ||
  Boolean(s.lms) ||
  Boolean(s.lmsUnreadable);

export const useNotices = create<NoticesState>()((set, get) => ({
  storage: 'saved',
  dismissedRecovery: false,
  tracking: [],
  setTracking: (lines) => set({ tracking: lines }),
  report: (issue) => {
    switch (issue.kind) {
      case 'recovered': {
        const recovered: NonNullable<NoticesState['recovered']> = {
          backupKey: issue.backupKey,
          reason: issue.reason,
        };
        if (issue.raw !== undefined) recovered.raw = issue.raw;
        set({ recovered, dismissedRecovery: false });
        return;
      }
      case 'newer':
        set({ newer: { version: issue.version } });
        return;
      case 'unavailable':
      case 'full':
        set({ storage: 'memory' });
        return;
      case 'lms-unavailable':
        set({ lms: issue.why });
        return;
      case 'lms-accepting':
        set({ lms: undefined });
        return;
      case 'lms-unreadable': {
        const { kind: _kind, ...held } = issue;
        set({ lmsUnreadable: held });
        return;
      }
    }
  },
  dismissRecovery: () => set({ dismissedRecovery: true }),
  startFreshInLms: () => {
    get().lmsUnreadable?.startFresh();
    set({ lmsUnreadable: undefined });
  },
}));

/** True when nothing stands between the learner's progress and where it is kept. */
export const progressIsSafe = (state: NoticesState) =>
  state.storage === 'saved' && !state.lms && !state.lmsUnreadable && !state.newer;
