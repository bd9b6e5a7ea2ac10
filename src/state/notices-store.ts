import { create } from 'zustand';
import type { DeliveryLine } from '../domain/lms/xapi-delivery';
import type { StorageIssue } from './safe-storage';

export interface NoticesState {
  /** 'memory' when progress cannot be saved in this browser and lives only until the tab closes. */
  storage: 'saved' | 'memory';
  recovered?: { backupKey: string; reason: string };
  dismissedRecovery: boolean;
  /** What the learner should know about reporting to their organisation's LRS (xAPI); empty when all is well. */
  tracking: DeliveryLine[];
  report: (issue: StorageIssue) => void;
  dismissRecovery: () => void;
  setTracking: (lines: DeliveryLine[]) => void;
}

export const useNotices = create<NoticesState>()((set) => ({
  storage: 'saved',
  dismissedRecovery: false,
  tracking: [],
  report: (issue) =>
    set(
      issue.kind === 'recovered'
        ? { recovered: { backupKey: issue.backupKey, reason: issue.reason }, dismissedRecovery: false }
        : { storage: 'memory' },
    ),
  dismissRecovery: () => set({ dismissedRecovery: true }),
  setTracking: (lines) => set({ tracking: lines }),
}));
