/**
 * Assignments a trainer created on this device, so links can be copied again or retired.
 * Saved under `servewell-trainer` with a version. What storage gives back is checked item by item:
 * anything unreadable is copied to a backup key before it is left out, and the trainer is told.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { assignmentSchema } from '../../domain/assignments/assignment-codec';
import type { Assignment } from '../../domain/assignments/assignment';
import { memoryStorage, probeLocalStorage } from '../safe-storage';
import type { KeyValueStorage } from '../safe-storage';

export const TRAINER_KEY = 'servewell-trainer';
/** Version of the saved shape. Bump it with a step in `migrateTrainer`. */
export const TRAINER_VERSION = 1;

export interface CreatedAssignment {
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

interface Saved extends TrainerData {
  /** How many saved items could not be read (not persisted; reported once after loading). */
  setAside?: number;
}

function readItem(value: unknown): CreatedAssignment | null {
  if (typeof value !== 'object' || value === null) return null;
  const { assignment, retiredAt } = value as Record<string, unknown>;
  const parsed = assignmentSchema.safeParse(assignment);
  if (!parsed.success) return null;
  // The schema checked the shape; rebuild without any unknown keys or undefined values.
  const clean = JSON.parse(JSON.stringify(parsed.data)) as Assignment;
  const item: CreatedAssignment = { assignment: clean };
  if (typeof retiredAt === 'string') item.retiredAt = retiredAt;
  return item;
}

/**
 * Brings a saved state of any earlier version up to this one. Returns null when it cannot be read.
 * Version 1 is the first; later versions add their steps here.
 */
export function migrateTrainer(
  state: unknown,
  version: number,
): { data: TrainerData; setAside: number } | null {
  if (version !== TRAINER_VERSION || typeof state !== 'object' || state === null) return null;
  const list = (state as { created?: unknown }).created;
  if (!Array.isArray(list)) return null;
  const created = list.map(readItem).filter((item): item is CreatedAssignment => item !== null);
  return { data: { created }, setAside: list.length - created.length };
}

function trainerStorage(
  storage: KeyValueStorage,
  now: () => Date,
  onUnsaved: () => void,
): PersistStorage<Saved> {
  const backup = (raw: string) => {
    try {
      storage.setItem(`${TRAINER_KEY}:backup:${now().toISOString()}`, raw);
    } catch {
      // Nowhere to keep it; leave the original where it is.
    }
  };
  return {
    getItem: (name) => {
      const raw = storage.getItem(name);
      if (raw === null) return null;
      let envelope: unknown;
      try {
        envelope = JSON.parse(raw);
      } catch {
        envelope = null;
      }
      const { state, version } = (envelope ?? {}) as { state?: unknown; version?: unknown };
      const migrated = migrateTrainer(state, typeof version === 'number' ? version : 0);
      if (!migrated || migrated.setAside > 0) backup(raw);
      if (!migrated) return { state: { created: [], setAside: 1 }, version: TRAINER_VERSION };
      return { state: { ...migrated.data, setAside: migrated.setAside }, version: TRAINER_VERSION };
    },
    setItem: (name, value: StorageValue<Saved>) => {
      try {
        storage.setItem(
          name,
          JSON.stringify({ state: { created: value.state.created }, version: value.version }),
        );
      } catch {
        onUnsaved();
      }
    },
    removeItem: (name) => storage.removeItem(name),
  };
}

export function createTrainerStore({
  storage,
  now = () => new Date(),
}: {
  storage: KeyValueStorage | null;
  now?: () => Date;
}) {
  let markUnsaved = () => {};
  const store = create<TrainerState>()(
    persist(
      (set) => ({
        created: [],
        issue: storage ? null : 'unsaved',
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
        storage: trainerStorage(storage ?? memoryStorage(), now, () => markUnsaved()),
        partialize: (state): Saved => ({ created: state.created }),
        merge: (persisted, current) => {
          const saved = persisted as Saved | undefined;
          if (!saved) return current;
          return {
            ...current,
            created: saved.created,
            issue: saved.setAside ? 'recovered' : current.issue,
          };
        },
      },
    ),
  );
  markUnsaved = () => {
    if (store.getState().issue !== 'unsaved') queueMicrotask(() => store.setState({ issue: 'unsaved' }));
  };
  return store;
}

export type TrainerStore = ReturnType<typeof createTrainerStore>;

export const useTrainer: TrainerStore = createTrainerStore({ storage: probeLocalStorage() });
