import { create } from 'zustand';

/** What the LMS told the course about this learner at launch (nothing outside an LMS). */
export interface LmsSessionState {
  /** The learner's name from the LMS ("First Last"); the certificate uses it when there is one. */
  learnerName: string | null;
}

export const useLmsSession = create<LmsSessionState>()(() => ({ learnerName: null }));
