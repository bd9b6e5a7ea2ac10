import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { PersistStorage } from 'zustand/middleware';
import { emptyLessonProgress, emptyProgress, mergeProgress } from '../../domain/course/progress';
import type {
  ActivityProgress,
  AssessmentAttempt,
  LessonProgress,
  ProgressData,
  Profile,
} from '../../domain/course/progress';
import type { Assignment } from '../../domain/assignments/assignment';
import type { LearningEventInput } from '../../domain/course/learning-events';
import { publishLearningEvent } from './learning-event-bus';
import { useNotices } from '../notices-store';
import { migrateProgress, PROGRESS_KEY, PROGRESS_VERSION } from './progress-schema';
import { probeLocalStorage } from '../safe-storage';
import type { KeyValueStorage } from '../safe-storage';
import { createVersionedStorage, readSavedText } from '../versioned-storage';
import type { StorageIssue } from '../versioned-storage';

export interface ActivitySave {
  lesson: string;
  kind: string;
  answers: unknown;
  completed: boolean;
  score?: number;
  /** Count this save as a new attempt. */
  attempt?: boolean;
  /** What just happened, for trackers (xAPI, SCORM): e.g. a question answered or a role-play choice. */
  events?: LearningEventInput[];
}

interface ProgressActions {
  startLesson: (slug: string) => void;
  visitSection: (slug: string, sectionId: string) => void;
  reachEnd: (slug: string) => void;
  addTime: (slug: string, ms: number) => void;
  completeLesson: (slug: string) => void;
  saveActivity: (id: string, save: ActivitySave) => void;
  setProfile: (profile: Omit<Profile, 'updatedAt'>) => void;
  /**
   * Starts or replaces an assessment attempt (matched by id). `events` (each answer, on submission) are
   * published before the attempt's own.
   */
  saveAttempt: (attempt: AssessmentAttempt, events?: LearningEventInput[]) => void;
  acceptAssignment: (id: string, assignment: Assignment) => void;
  /** Folds in progress saved by another tab. */
  mergeFrom: (other: ProgressData) => void;
  /** Forgets everything in memory (tests use it between cases). Saved copies merge back in on the next write. */
  resetProgress: () => void;
}

export type ProgressState = ProgressData & ProgressActions;

export function pickData(state: ProgressData): ProgressData {
  const data: ProgressData = {
    lessons: state.lessons,
    activities: state.activities,
    profile: state.profile,
    assessment: state.assessment,
    assignments: state.assignments,
  };
  if (state.lastLesson) data.lastLesson = state.lastLesson;
  if (state.seed) data.seed = state.seed;
  if (state.review) data.review = state.review;
  return data;
}

/** A new learner's shuffle seed: 48 random bits as base 36 (about nine characters). */
function newSeed(): string {
  const bytes = new Uint32Array(2);
  globalThis.crypto.getRandomValues(bytes);
  return ((bytes[0] ?? 0) * 65536 + ((bytes[1] ?? 0) & 0xffff)).toString(36);
}

/** Progress in the browser's storage (or memory): versioned, migrated, merged with other tabs before writing. */
function browserProgressStorage(
  storage: KeyValueStorage | null,
  onIssue: (issue: StorageIssue) => void,
): PersistStorage<ProgressData> {
  return createVersionedStorage<ProgressData>({
    storage,
    version: PROGRESS_VERSION,
    read: migrateProgress,
    mergeBeforeWrite: mergeProgress,
    onIssue,
  });
}

interface StoreOptions {
  storage: KeyValueStorage | null;
  onIssue: (issue: StorageIssue) => void;
  now?: () => Date;
  /** Makes the learner's shuffle seed when the save has none. */
  makeSeed?: () => string;
  /**
   * Wait for `persist.rehydrate()` instead of loading at creation. The app's store does: where progress
   * lives (this browser or an LMS) is known only once the tracker is chosen, and it loads once, from there.
   */
  skipHydration?: boolean;
}

export function createProgressStore({
  storage,
  onIssue,
  now = () => new Date(),
  makeSeed = newSeed,
  skipHydration = false,
}: StoreOptions) {
  const stamp = () => now().toISOString();
  const publish = (event: LearningEventInput) => publishLearningEvent({ ...event, at: stamp() } as never);
  /** The load found no seed and made one: it is written at once, so a reload keeps the same order. */
  let seedIsNew = false;
  let saveSeed = () => {};
  const store = create<ProgressState>()(
    persist(
      (set) => {
        const updateLesson = (
          slug: string,
          change: (l: LessonProgress, at: string) => Partial<LessonProgress>,
        ) =>
          set((state) => {
            const at = stamp();
            const current = state.lessons[slug] ?? emptyLessonProgress(at);
            return {
              lessons: { ...state.lessons, [slug]: { ...current, ...change(current, at), updatedAt: at } },
            };
          });
        saveSeed = () => set((state) => (state.seed ? { seed: state.seed } : {}));
        return {
          ...emptyProgress(),
          // Waiting to load, the store starts like the prerendered page: no seed. Loading gives one (merge).
          ...(skipHydration ? {} : { seed: makeSeed() }),
          startLesson: (slug) =>
            set((state) => {
              if (!state.lessons[slug]?.startedAt) publish({ type: 'lesson-started', lesson: slug });
              const at = stamp();
              const current = state.lessons[slug] ?? emptyLessonProgress(at);
              return {
                lessons: {
                  ...state.lessons,
                  [slug]: { ...current, startedAt: current.startedAt ?? at, updatedAt: at },
                },
                lastLesson: { slug, at },
              };
            }),
          visitSection: (slug, sectionId) =>
            set((state) => {
              const at = stamp();
              const current = state.lessons[slug] ?? emptyLessonProgress(at);
              if (current.lastSection === sectionId && state.lastLesson?.slug === slug) return state;
              if (current.lastSection !== sectionId)
                publish({ type: 'lesson-progressed', lesson: slug, section: sectionId });
              return {
                lessons: { ...state.lessons, [slug]: { ...current, lastSection: sectionId, updatedAt: at } },
                lastLesson: { slug, at },
              };
            }),
          reachEnd: (slug) => updateLesson(slug, () => ({ reachedEnd: true })),
          addTime: (slug, ms) =>
            updateLesson(slug, (l) => ({ timeSpentMs: l.timeSpentMs + Math.max(0, Math.round(ms)) })),
          completeLesson: (slug) =>
            updateLesson(slug, (l, at) => {
              if (!l.completedAt) publish({ type: 'lesson-completed', lesson: slug });
              return { completedAt: l.completedAt ?? at };
            }),
          saveActivity: (id, save) =>
            set((state) => {
              const previous = state.activities[id];
              const next: ActivityProgress = {
                lesson: save.lesson,
                kind: save.kind,
                answers: save.answers,
                completed: save.completed || (previous?.completed ?? false),
                attempts: (previous?.attempts ?? 0) + (save.attempt ? 1 : 0),
                updatedAt: stamp(),
              };
              if (save.score !== undefined) next.score = save.score;
              for (const event of save.events ?? []) publish(event);
              if (next.completed && !previous?.completed) {
                publish({
                  type: 'activity-completed',
                  lesson: save.lesson,
                  activity: id,
                  kind: save.kind,
                  ...(save.score !== undefined ? { score: save.score } : {}),
                });
              }
              return { activities: { ...state.activities, [id]: next } };
            }),
          setProfile: (profile) =>
            set((state) => ({ profile: { ...state.profile, ...profile, updatedAt: stamp() } })),
          saveAttempt: (attempt, events = []) =>
            set((state) => {
              const before = state.assessment.attempts.find((a) => a.id === attempt.id);
              for (const event of events) publish(event);
              if (attempt.submittedAt && !before?.submittedAt) {
                publish({
                  type: 'assessment-submitted',
                  attempt: attempt.id,
                  score: attempt.score ?? 0,
                  passed: attempt.passed ?? false,
                  passMark: attempt.passMark,
                });
              }
              const others = state.assessment.attempts.filter((a) => a.id !== attempt.id);
              return { assessment: { attempts: [...others, attempt] } };
            }),
          acceptAssignment: (id, assignment) =>
            set((state) => ({
              assignments: {
                ...state.assignments,
                [id]: state.assignments[id] ?? { id, assignment, acceptedAt: stamp() },
              },
            })),
          mergeFrom: (other) => set((state) => mergeProgress(pickData(state), other)),
          resetProgress: () =>
            set((state) => {
              const { lastLesson: _dropped, seed: _seed, review: _review, ...rest } = state;
              return { ...rest, ...emptyProgress() };
            }, true),
        };
      },
      {
        name: PROGRESS_KEY,
        version: PROGRESS_VERSION,
        storage: browserProgressStorage(storage, onIssue),
        partialize: (state) => pickData(state),
        skipHydration,
        merge: (persisted, current) => {
          // A save without a seed (a first visit, or an older save) keeps the new one, and saves it as soon
          // as loading ends: a reload before the learner's first answer must show the same order.
          const saved = (persisted ?? {}) as Partial<ProgressData>;
          seedIsNew = !saved.seed;
          return { ...current, ...saved, seed: saved.seed ?? current.seed ?? makeSeed() } as ProgressState;
        },
        onRehydrateStorage: () => (_state, error) => {
          if (error !== undefined || !seedIsNew) return;
          seedIsNew = false;
          saveSeed();
        },
      },
    ),
  );
  return store;
}

export type ProgressStore = ReturnType<typeof createProgressStore>;

/** The app's store: it loads when start-up calls `persist.rehydrate()` (see startTracking). */
export const useProgress: ProgressStore = createProgressStore({
  storage: probeLocalStorage(),
  onIssue: (issue) => useNotices.getState().report(issue),
  skipHydration: true,
});

/** Keeps this tab in step with others: a change saved elsewhere is merged in here. */
export function listenToOtherTabs(store: ProgressStore = useProgress): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== PROGRESS_KEY || event.newValue === null) return;
    const theirs = readSavedText(event.newValue, migrateProgress);
    if (theirs.kind !== 'ok') return;
    const mine = pickData(store.getState());
    const merged = mergeProgress(mine, theirs.data);
    if (JSON.stringify(merged) !== JSON.stringify(mine)) store.getState().mergeFrom(theirs.data);
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
