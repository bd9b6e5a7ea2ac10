import { useShallow } from 'zustand/react/shallow';
import type { ProgressData } from '../../domain/course/progress';
import { useProgress } from './progress-store';

/** The saved progress as plain data (no actions), stable between renders while unchanged. */
export function useProgressData(): ProgressData {
  return useProgress(
    useShallow((state) => ({
      lessons: state.lessons,
      activities: state.activities,
      profile: state.profile,
      assessment: state.assessment,
      assignments: state.assignments,
      ...(state.lastLesson ? { lastLesson: state.lastLesson } : {}),
      ...(state.review ? { review: state.review } : {}),
    })),
  );
}

/** The learner's shuffle seed (see ProgressData.seed). */
export const useShuffleSeed = () => useProgress((state) => state.seed ?? '');
export const useActivityProgress = (id: string) => useProgress((state) => state.activities[id]);
export const useProgressActions = () =>
  useProgress(
    useShallow((state) => ({
      startLesson: state.startLesson,
      visitSection: state.visitSection,
      reachEnd: state.reachEnd,
      addTime: state.addTime,
      completeLesson: state.completeLesson,
      saveActivity: state.saveActivity,
      setProfile: state.setProfile,
      saveAttempt: state.saveAttempt,
      acceptAssignment: state.acceptAssignment,
    })),
  );

/** A lesson's saved place at the moment of asking (for event handlers: subscribes to nothing). */
export const savedSectionOf = (slug: string) => useProgress.getState().lessons[slug]?.lastSection;

/**
 * A lesson's saved progress as loaded, at the moment of asking (subscribes to nothing). While React hydrates a
 * prerendered page, hooks give the store's first-visit state; this gives what was really saved.
 */
export const savedLessonOf = (slug: string) => useProgress.getState().lessons[slug];

/** An activity's saved work as loaded, at the moment of asking (subscribes to nothing; see savedLessonOf). */
export const savedActivityOf = (id: string) => useProgress.getState().activities[id];
