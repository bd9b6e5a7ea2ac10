/**
 * HR's imported completion records: loaded from IndexedDB, merged on import, saved back, and kept in step
 * with other Reports tabs. Nothing here drops a record without saying so: a database that never answers is
 * reported after a few seconds, a newer record saved by another tab is kept, and conflicts are left for HR.
 */
import { useEffect } from 'react';
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { conflictLosers, importTexts, withoutLearner } from '../../domain/reports/records-merge';
import type { ImportInput, ImportResult, StoredRecord } from '../../domain/reports/records-merge';
import { memoryRecordsDb, openRecordsDb } from './records-db';
import type { RecordsDb } from './records-db';

/** How long to wait for IndexedDB before saying it is not answering. */
const OPEN_TIMEOUT_MS = 5_000;
const CHANNEL = 'servewell-reports';

export interface ImportedRecordsState {
  /** 'idle' until the Reports page first asks for the records. */
  phase: 'idle' | 'loading' | 'ready';
  /** 'memory' when this browser would not keep records: they last until the tab closes. */
  storage: 'indexeddb' | 'memory';
  /** The database did not answer in time (rather than refusing): records now last until the tab closes. */
  stalled: boolean;
  records: ReadonlyMap<string, StoredRecord>;
  /** Saved records that could not be read back; they were left in the database. */
  unreadable: number;
  /** Set when saving failed; the records stay on screen but may not survive a reload. */
  saveError: boolean;
  load: () => Promise<void>;
  importTexts: (inputs: readonly ImportInput[]) => Promise<ImportResult[]>;
  removeLearner: (learnerKey: string) => Promise<void>;
  /** Keeps one of the records in conflict for a learner and assignment, and removes the others. */
  resolveConflict: (keepKey: string) => Promise<void>;
  clearAll: () => Promise<void>;
  /** Closes the database and forgets everything in memory (tests use it between cases). */
  reset: () => void;
}

interface StoreOptions {
  open?: () => Promise<RecordsDb>;
  openTimeoutMs?: number;
  now?: () => Date;
}

type Opened = { db: RecordsDb; stalled: boolean };

function openWithin(open: () => Promise<RecordsDb>, ms: number): Promise<Opened> {
  return new Promise((resolve) => {
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      resolve({ db: memoryRecordsDb(), stalled: true });
    }, ms);
    open().then(
      (db) => {
        clearTimeout(timer);
        if (settled) db.close();
        else resolve({ db, stalled: false });
        settled = true;
      },
      () => {
        clearTimeout(timer);
        if (!settled) resolve({ db: memoryRecordsDb(), stalled: false });
        settled = true;
      },
    );
  });
}

const initial = {
  phase: 'idle' as const,
  storage: 'indexeddb' as const,
  stalled: false,
  records: new Map<string, StoredRecord>() as ReadonlyMap<string, StoredRecord>,
  unreadable: 0,
  saveError: false,
};

export function createImportedRecordsStore({
  open = () => openRecordsDb(),
  openTimeoutMs = OPEN_TIMEOUT_MS,
  now = () => new Date(),
}: StoreOptions = {}) {
  let db: RecordsDb | null = null;
  let loading: Promise<void> | null = null;
  let channel: BroadcastChannel | null = null;
  let generation = 0;

  return create<ImportedRecordsState>()((set, get) => {
    const reload = async () => {
      if (!db) return;
      const saved = await db.load().catch(() => null);
      if (saved)
        set({ records: new Map(saved.records.map((r) => [r.key, r])), unreadable: saved.unreadable });
    };

    const announce = () => channel?.postMessage('changed');

    /** Runs a change against the database; a failure is shown, never thrown. */
    const persist = async <T>(work: (database: RecordsDb) => Promise<T>): Promise<T | null> => {
      if (!db) return null;
      try {
        const result = await work(db);
        set({ saveError: false });
        announce();
        return result;
      } catch {
        set({ saveError: true });
        return null;
      }
    };

    return {
      ...initial,
      load: () => {
        loading ??= (async () => {
          const mine = generation;
          set({ phase: 'loading' });
          const opened = await openWithin(open, openTimeoutMs);
          const saved = await opened.db.load().catch(() => ({ records: [], unreadable: 0 }));
          if (mine !== generation) return opened.db.close();
          db = opened.db;
          if (typeof BroadcastChannel !== 'undefined' && db.kind === 'indexeddb') {
            channel = new BroadcastChannel(CHANNEL);
            channel.onmessage = () => void reload();
          }
          set({
            phase: 'ready',
            storage: db.kind,
            stalled: opened.stalled,
            unreadable: saved.unreadable,
            records: new Map(saved.records.map((r) => [r.key, r])),
          });
        })();
        return loading;
      },
      importTexts: async (inputs) => {
        await get().load();
        const batch = importTexts(get().records, inputs, now());
        if (batch.changed.length === 0) return batch.results;
        set({ records: batch.records });
        const outcome = await persist((database) => database.save(batch.changed));
        if (!outcome) return batch.results;
        const moved = outcome.saved.some((r) => !batch.records.has(r.key));
        if (outcome.newer.length === 0 && !moved) return batch.results;
        // Another tab saved since this one loaded: show what the database now holds.
        await reload();
        const newer = new Map(outcome.newer.map((r) => [r.key, r]));
        return batch.results.map((result) => {
          const kept = result.key === undefined ? undefined : newer.get(result.key);
          return kept
            ? {
                ...result,
                outcome: 'older' as const,
                message: `Not used: a newer record for ${kept.record.learner.name.trim()} was imported in another tab, so it was kept.`,
              }
            : result;
        });
      },
      removeLearner: async (learnerKey) => {
        set({ records: withoutLearner(get().records, learnerKey) });
        await persist((database) => database.removeLearner(learnerKey));
      },
      resolveConflict: async (keepKey) => {
        const losers = conflictLosers(get().records.values(), keepKey);
        if (losers.length === 0) return;
        const records = new Map(get().records);
        for (const key of losers) records.delete(key);
        set({ records });
        await persist((database) => database.removeKeys(losers));
      },
      clearAll: async () => {
        set({ records: new Map() });
        await persist((database) => database.clear());
      },
      reset: () => {
        generation += 1;
        channel?.close();
        channel = null;
        db?.close();
        db = null;
        loading = null;
        set({ ...initial, records: new Map() });
      },
    };
  });
}

export type ImportedRecordsStore = ReturnType<typeof createImportedRecordsStore>;

export const useImportedRecordsStore: ImportedRecordsStore = createImportedRecordsStore();

/** The imported records for a page that shows them: loads them the first time it is asked. */
export function useImportedRecords(
  store: ImportedRecordsStore = useImportedRecordsStore,
): ImportedRecordsState {
  // Not loaded yet and loading read the same to the page, so starting to load does not render it again.
  const state = store(useShallow((s) => (s.phase === 'idle' ? { ...s, phase: 'loading' as const } : s)));
  const { load } = state;
  useEffect(() => {
    void load();
  }, [load]);
  return state;
}
