/**
 * The one way a zustand store keeps its state in the browser: a persist storage that never throws and
 * never loses data.
 * - What is saved is an envelope `{ state, version }`; `read` migrates and validates it (the caller's rules).
 * - Data that cannot be read is moved to `<key>:backup:<time>` before starting fresh. If even that copy
 *   cannot be kept (a full browser), the text is handed to the learner to download and the key is cleared,
 *   so the next load does not meet it again.
 * - Entries `read` had to leave out are kept the same way (the rest of the save loads).
 * - A save from a newer version of the app is left untouched: writes for that key stay in memory.
 * - When storage is unavailable or full, the state lives on in memory and the caller is told.
 * - `mergeBeforeWrite` folds in what another tab wrote since, before each write.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { backupKey } from './persisted-keys';
import { memoryStorage } from './safe-storage';
import type { KeyValueStorage } from './safe-storage';

export type ReadOutcome<T> =
  /** `setAside` names entries that could not be read and were left out; the rest loads. */
  | { kind: 'ok'; data: T; setAside?: string[] }
  | { kind: 'unreadable'; reason: string }
  /** Saved by a newer version of the app than this one. */
  | { kind: 'newer'; version: number };

export type StorageIssue =
  | { kind: 'unavailable' }
  | { kind: 'full' }
  /**
   * Unreadable data (or some entries of it) was set aside. `backupKey` names the copy in this browser, or is
   * null when no copy could be kept; then `raw` is the text, for the learner to download.
   */
  | { kind: 'recovered'; key: string; backupKey: string | null; reason: string; raw?: string }
  | { kind: 'newer'; key: string; version: number };

export interface VersionedStorageOptions<T> {
  /** Where to keep it; null means the browser would not let us, so we keep it in memory. */
  storage: KeyValueStorage | null;
  version: number;
  read: (state: unknown, version: number) => ReadOutcome<T>;
  mergeBeforeWrite?: (theirs: T, mine: T) => T;
  onIssue: (issue: StorageIssue) => void;
  now?: () => number;
}

/** Reads an envelope `{ state, version }` from text; null when it is not one. Never throws. */
function readEnvelope(raw: string): { state: unknown; version: number } | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || !('state' in parsed)) return null;
  const { state, version } = parsed as { state: unknown; version?: unknown };
  return { state, version: typeof version === 'number' ? version : 0 };
}

/** Reads saved text with `read`. Never throws. */
export function readSavedText<T>(
  raw: string,
  read: (state: unknown, version: number) => ReadOutcome<T>,
): ReadOutcome<T> {
  const envelope = readEnvelope(raw);
  if (!envelope) return { kind: 'unreadable', reason: 'the saved data is not readable' };
  try {
    return read(envelope.state, envelope.version);
  } catch {
    return { kind: 'unreadable', reason: 'the saved data is not in the expected shape' };
  }
}

export function createVersionedStorage<T>(options: VersionedStorageOptions<T>): PersistStorage<T> {
  const { version, read, mergeBeforeWrite, onIssue } = options;
  const now = options.now ?? Date.now;
  let backing: KeyValueStorage = options.storage ?? memoryStorage();
  if (!options.storage) onIssue({ kind: 'unavailable' });
  /** Keys holding a newer version's save: never written here; this session keeps its state in memory. */
  const pinned = new Set<string>();
  const memory = memoryStorage();

  const toMemory = (issue: 'unavailable' | 'full') => {
    backing = memoryStorage();
    onIssue({ kind: issue });
  };

  /** Copies `raw` aside; returns where, or null when it could not be kept. */
  const keepCopy = (name: string, raw: string, thenClear: boolean): string | null => {
    const target = backupKey(name, now());
    try {
      backing.setItem(target, raw);
      if (thenClear) backing.removeItem(name);
      return target;
    } catch {
      // Probably full: free the original's room first, then try the copy again.
    }
    if (!thenClear) return null;
    try {
      backing.removeItem(name);
      backing.setItem(target, raw);
      return target;
    } catch {
      return null;
    }
  };

  const setAside = (name: string, raw: string, reason: string, thenClear: boolean) => {
    const kept = keepCopy(name, raw, thenClear);
    onIssue(
      kept
        ? { kind: 'recovered', key: name, backupKey: kept, reason }
        : { kind: 'recovered', key: name, backupKey: null, reason, raw },
    );
  };

  const readCurrent = (name: string): T | null => {
    const raw = backing.getItem(name);
    if (raw === null) return null;
    const result = readSavedText(raw, read);
    return result.kind === 'ok' ? result.data : null;
  };

  return {
    getItem(name) {
      if (pinned.has(name)) return null;
      let raw: string | null;
      try {
        raw = backing.getItem(name);
      } catch {
        toMemory('unavailable');
        return null;
      }
      if (raw === null) return null;
      const result = readSavedText(raw, read);
      if (result.kind === 'newer') {
        pinned.add(name);
        onIssue({ kind: 'newer', key: name, version: result.version });
        return null;
      }
      if (result.kind === 'unreadable') {
        setAside(name, raw, result.reason, true);
        return null;
      }
      if (result.setAside && result.setAside.length > 0) {
        setAside(name, raw, `${result.setAside.join('; ')} could not be read`, false);
        // The rest is saved back at once, so the next load does not set the same entries aside again.
        try {
          backing.setItem(name, JSON.stringify({ state: result.data, version }));
        } catch {
          // Written with the next change instead.
        }
      }
      return { state: result.data, version };
    },
    setItem(name, value: StorageValue<T>) {
      if (pinned.has(name)) {
        memory.setItem(name, JSON.stringify({ state: value.state, version }));
        return;
      }
      let data = value.state;
      if (mergeBeforeWrite) {
        try {
          const theirs = readCurrent(name);
          if (theirs !== null) data = mergeBeforeWrite(theirs, data);
        } catch {
          // Unreadable right now: write ours.
        }
      }
      const text = JSON.stringify({ state: data, version });
      try {
        if (backing.getItem(name) !== text) backing.setItem(name, text);
      } catch {
        toMemory('full');
        backing.setItem(name, text);
      }
    },
    removeItem(name) {
      if (pinned.has(name)) return;
      try {
        backing.removeItem(name);
      } catch {
        // Nothing to do: there is nothing we could lose here.
      }
    },
  };
}
