import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { mergeProgress } from '../domain/course/progress';
import type { ProgressData } from '../domain/course/progress';
import { migrateProgress, PROGRESS_VERSION } from './progress/progress-schema';

/** The part of the Web Storage API we use; tests pass an in-memory one. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type StorageIssue =
  { kind: 'unavailable' } | { kind: 'full' } | { kind: 'recovered'; backupKey: string; reason: string };

export function memoryStorage(): KeyValueStorage {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

/** The browser's localStorage if it can really be written to, else null (disabled, private mode, blocked). */
export function probeLocalStorage(): KeyValueStorage | null {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return null;
    const probe = '__servewell_probe__';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

export type ReadResult =
  { kind: 'empty' } | { kind: 'ok'; data: ProgressData } | { kind: 'corrupt'; raw: string; reason: string };

/** Parses what storage holds under our key. Never throws. */
export function readSaved(raw: string | null): ReadResult {
  if (raw === null) return { kind: 'empty' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { kind: 'corrupt', raw, reason: 'the saved progress is not readable' };
  }
  if (typeof parsed !== 'object' || parsed === null || !('state' in parsed)) {
    return { kind: 'corrupt', raw, reason: 'the saved progress is not in the expected shape' };
  }
  const envelope = parsed as { state: unknown; version?: unknown };
  const version = typeof envelope.version === 'number' ? envelope.version : 0;
  const result = migrateProgress(envelope.state, version);
  return result.ok ? { kind: 'ok', data: result.data } : { kind: 'corrupt', raw, reason: result.reason };
}

export function serialise(data: ProgressData): string {
  return JSON.stringify({ state: data, version: PROGRESS_VERSION });
}

interface SafeStorageOptions {
  /** Where to keep progress; null means the browser would not let us, so we keep it in memory. */
  storage: KeyValueStorage | null;
  onIssue: (issue: StorageIssue) => void;
  now?: () => number;
}

/**
 * A persist storage that never throws and never loses data:
 * - corrupt or unknown saves are copied to a backup key before starting fresh;
 * - when storage is missing or full, progress lives on in memory and the learner is told;
 * - every write merges with what another tab may have written since, lesson by lesson.
 */
export function createSafeStorage({
  storage,
  onIssue,
  now = Date.now,
}: SafeStorageOptions): PersistStorage<ProgressData> {
  let backing: KeyValueStorage = storage ?? memoryStorage();
  if (!storage) onIssue({ kind: 'unavailable' });

  const fallBackToMemory = (key: string, value: string) => {
    backing = memoryStorage();
    backing.setItem(key, value);
    onIssue({ kind: 'full' });
  };

  return {
    getItem(name) {
      let raw: string | null;
      try {
        raw = backing.getItem(name);
      } catch {
        backing = memoryStorage();
        onIssue({ kind: 'unavailable' });
        return null;
      }
      const result = readSaved(raw);
      if (result.kind === 'empty') return null;
      if (result.kind === 'ok') return { state: result.data, version: PROGRESS_VERSION };
      const backupKey = `${name}:backup:${now()}`;
      try {
        backing.setItem(backupKey, result.raw);
        backing.removeItem(name);
      } catch {
        // Could not copy it aside: leave the original where it is, untouched, and carry on in memory.
        backing = memoryStorage();
        onIssue({ kind: 'unavailable' });
      }
      onIssue({ kind: 'recovered', backupKey, reason: result.reason });
      return null;
    },
    setItem(name, value: StorageValue<ProgressData>) {
      let data = value.state;
      try {
        const theirs = readSaved(backing.getItem(name));
        if (theirs.kind === 'ok') data = mergeProgress(theirs.data, data);
      } catch {
        // Unreadable right now: write ours.
      }
      const text = serialise(data);
      try {
        if (backing.getItem(name) !== text) backing.setItem(name, text);
      } catch {
        fallBackToMemory(name, text);
      }
    },
    removeItem(name) {
      try {
        backing.removeItem(name);
      } catch {
        // Nothing to do: there is nothing we could lose here.
      }
    },
  };
}
