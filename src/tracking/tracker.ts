import type { LearningEvent } from '../domain/course/learning-events';
import type { ProgressData } from '../domain/course/progress';
import type { PersistStorage } from 'zustand/middleware';

export type TrackerKind = 'local' | 'scorm12' | 'scorm2004' | 'xapi';

/** What a tracker may need to know about the course to report on it. */
export interface CourseSummary {
  lessons: { slug: string; title: string; summary?: string }[];
  /** Overall pass mark for the final assessment, 0..1. */
  passMark: number;
}

/**
 * One interface for every place progress can go: the browser alone, an LMS (SCORM 1.2 / 2004) or an LRS (xAPI).
 * The store and the activities never know which one is active: they publish learning events and save
 * progress; the tracker chosen at start-up decides where that goes.
 */
export interface Tracker {
  readonly kind: TrackerKind;
  /**
   * Where the progress store keeps its saved copy, as progress objects. Local and xAPI use the browser's
   * storage (null); SCORM keeps it in the LMS (cmi.suspend_data), so a learner resumes on any machine.
   */
  readonly storage: PersistStorage<ProgressData> | null;
  /** Opens the session (LMSInitialize / Initialize, xAPI "initialized"). */
  start(course: CourseSummary): Promise<void>;
  /** Called for every learning event, in order. */
  record(event: LearningEvent): void;
  /** Called whenever saved progress changes, with the whole current state. */
  progressChanged(progress: ProgressData): void;
  /** Closes the session exactly once (LMSFinish / Terminate, xAPI "terminated"). */
  finish(): void;
}
