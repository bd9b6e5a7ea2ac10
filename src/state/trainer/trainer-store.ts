/**
 * Assignments a trainer created on this device, so links can be copied again or retired.
 * Saved under `servewell-trainer` with a version. What storage gives back is checked item by item:
 * anything unreadable is copied to a backup key before it is left out, and the trainer is told.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { assignmentSchema } from '../../domain/assignments/assignment-codec';
import type { Assignment } from '../../domain/assignments/assignment';
import { PERSISTED } from '../persisted-keys';
import { probeLocalStorage } from '../safe-storage';
import type { KeyValueStorage } from '../safe-storage';
import { createVersionedStorage } from '../versioned-storage';
import type { ReadOutcome } from '../versioned-storage';

export const TRAINER_KEY = PERSISTED.trainer.key;
/** Version of the saved shape (see persisted-keys.ts). Bump it with a step in `migrateTrainer`. */
export const TRAINER_VERSION = PERSISTED.trainer.version;

interface CreatedAssignment {
  assignment: Assignment;
  retiredAt?: string;
}

export interface TrainerData {
  created: CreatedAssignment[];
}

export type TrainerIssue = 'unsaved' | 'recovered';

export interface TrainerState extends TrainerData {
  /** Set when assignments cannot be saved here, or when some saved ones could not be read. */
  issue: TrainerIssue | null;
  add: (assignment: Assignment) => void;
  retire: (id: string) => void;
  restore: (id: string) => void;
  dismissIssue: () => void;
}

function readItem(value: unknown): CreatedAssignment | null {
  if (typeof value !== 'object' || value === null) return null;
  const { assignment, retiredAt } = value as Record<string, unknown>;
  const parsed = assignmentSchema().safeParse(assignment);
  if (!parsed.success) return null;
  // The schema checked the shape; rebuild without any unknown keys or undefined values.
  const clean = JSON.parse(JSON.stringify(parsed.data)) as Assignment;
  const item: CreatedAssignment = { assignment: clean };
  if (typeof retiredAt === 'string') item.retiredAt = retiredAt;
  return item;
}

/**
 * Brings a saved state of any earlier version up to this one. Items that cannot be read are left out and
 * counted in `setAside` (the versioned storage keeps a copy of the whole save first).
 * Version 1 is the first; later versions add their steps here.
 */
export function migrateTrainer(state: unknown, version: number): ReadOutcome<TrainerData> {
  if (version > TRAINER_VERSION) return { kind: 'newer', version };
  if (version !== TRAINER_VERSION || typeof state !== 'object' || state === null)
    return { kind: 'unreadable', reason: 'the saved assignments are not in the expected shape' };
  const list = (state as { created?: unknown }).created;
  if (!Array.isArray(list))
    return { kind: 'unreadable', reason: 'the saved assignments are not in the expected shape' };
  const created = list.map(readItem).filter((item): item is CreatedAssignment => item !== null);
  const lost = list.length - created.length;
  return lost > 0
    ? { kind: 'ok', data: { created }, setAside: [`${lost} saved assignment${lost === 1 ? '' : 's'}`] }
    : { kind: 'ok', data: { created } };
}

export function createTrainerStore({
  storage,
  now = () => new Date(),
}: {
  storage: KeyValueStorage | null;
  now?: () => Date;
}) {
  // Issues found while loading arrive before the store exists: they are set right after it is made.
  const early: TrainerIssue[] = [];
  let flag = (issue: TrainerIssue) => void early.push(issue);
  const store = create<TrainerState>()(
    persist(
      (set) => ({
        created: [],
        issue: null,
        add: (assignment) =>
          set((state) => ({
            created: [{ assignment }, ...state.created.filter((c) => c.assignment.id !== assignment.id)],
          })),
        retire: (id) =>
          set((state) => ({
            created: state.created.map((c) =>
              c.assignment.id === id ? { ...c, retiredAt: now().toISOString() } : c,
            ),
          })),
        restore: (id) =>
          set((state) => ({
            created: state.created.map((c) => {
              if (c.assignment.id !== id) return c;
              const { retiredAt: _gone, ...rest } = c;
              return rest;
            }),
          })),
        dismissIssue: () => set({ issue: null }),
      }),
      {
        name: TRAINER_KEY,
        version: TRAINER_VERSION,
        storage: createVersionedStorage<TrainerData>({
          storage,
          version: TRAINER_VERSION,
          read: migrateTrainer,
          now: () => now().getTime(),
          onIssue: (issue) => flag(issue.kind === 'recovered' ? 'recovered' : 'unsaved'),
        }),
        partialize: (state): TrainerData => ({ created: state.created }),
        merge: (persisted, current) => {
          const saved = persisted as TrainerData | undefined;
          return saved ? { ...current, created: saved.created } : current;
        },
      },
    ),
  );
  for (const issue of early) store.setState({ issue });
  // Later ones (a write that fails) arrive inside a state change: set them just after it.
  flag = (issue) => {
    queueMicrotask(() => {
      if (store.getState().issue !== issue) store.setState({ issue });
    });
  };
  return store;
}

export type TrainerStore = ReturnType<typeof createTrainerStore>;

export const useTrainer: TrainerStore = createTrainerStore({ storage: probeLocalStorage() });
