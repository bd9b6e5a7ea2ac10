import { create } from 'zustand';
import type { StorageIssue } from './safe-storage';

export interface NoticesState {
  /** 'memory' when progress cannot be saved in this browser and lives only until the tab closes. */
  storage: 'saved' | 'memory';
  recovered?: { backupKey: string; reason: string };
  dismissedRecovery: boolean;
  report: (issue: StorageIssue) => void;
  dismissRecovery: () => void;
}

export const useNotices = create<NoticesState>()((set) => ({
  storage: 'saved',
  dismissedRecovery: false,
  report: (issue) =>
    set(
      issue.kind === 'recovered'
        ? { recovered: { backupKey: issue.backupKey, reason: issue.reason }, dismissedRecovery: false }
        : { storage: 'memory' },
    ),
  dismissRecovery: () => set({ dismissedRecovery: true }),
}));
