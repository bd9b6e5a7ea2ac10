import { memoryStorage } from './safe-storage';
import type { KeyValueStorage } from './safe-storage';
import { createVersionedStorage } from './versioned-storage';
import type { ReadOutcome, StorageIssue } from './versioned-storage';

interface Counts {
  n: Record<string, number>;
}

/** Version 2 stores counts; version 1 stored a list of names (each one counted once). */
function readCounts(state: unknown, version: number): ReadOutcome<Counts> {
  if (version > 2) return { kind: 'newer', version };
  if (version === 1 && Array.isArray(state))
    return { kind: 'ok', data: { n: Object.fromEntries(state.map((name) => [String(name), 1])) } };
  if (version !== 2 || typeof state !== 'object' || state === null)
    return { kind: 'unreadable', reason: 'not counts' };
  const n: Record<string, number> = {};
  const bad: string[] = [];
  for (const [key, value] of Object.entries((state as Counts).n ?? {})) {
    if (typeof value === 'number') n[key] = value;
    else bad.push(`count “${key}”`);
  }
  return bad.length > 0 ? { kind: 'ok', data: { n }, setAside: bad } : { kind: 'ok', data: { n } };
}

const mergeCounts = (theirs: Counts, mine: Counts): Counts => {
  const n = { ...theirs.n };
  for (const [key, value] of Object.entries(mine.n)) n[key] = Math.max(n[key] ?? 0, value);
  return { n };
};

function setup(storage: KeyValueStorage | null = memoryStorage()) {
  const issues: StorageIssue[] = [];
  const persist = createVersionedStorage<Counts>({
    storage,
    version: 2,
    read: readCounts,
    mergeBeforeWrite: mergeCounts,
    onIssue: (issue) => issues.push(issue),
    now: () => 7,
  });
  return { persist, issues, storage };
}

describe('versioned storage', () => {
  it('writes an envelope with the version, and migrates older ones through the callback', () => {
    const storage = memoryStorage();
    storage.setItem('k', JSON.stringify({ state: ['a', 'b'], version: 1 }));
    const { persist } = setup(storage);
    expect(persist.getItem('k')).toEqual({ state: { n: { a: 1, b: 1 } }, version: 2 });
    persist.setItem('k', { state: { n: { a: 3 } }, version: 2 });
    expect(JSON.parse(storage.getItem('k')!)).toEqual({ state: { n: { a: 3, b: 1 } }, version: 2 });
  });

  it('merges with what another tab wrote since, before writing', () => {
    const storage = memoryStorage();
    const tabA = setup(storage).persist;
    const tabB = setup(storage).persist;
    tabA.setItem('k', { state: { n: { a: 5 } }, version: 2 });
    tabB.setItem('k', { state: { n: { b: 1 } }, version: 2 });
    expect(JSON.parse(storage.getItem('k')!).state).toEqual({ n: { a: 5, b: 1 } });
  });

  it('moves unreadable data to <key>:backup:<time> and starts fresh', () => {
    const storage = memoryStorage();
    storage.setItem('k', '{"state": 1, "version": 2}');
    const { persist, issues } = setup(storage);
    expect(persist.getItem('k')).toBeNull();
    expect(issues).toEqual([{ kind: 'recovered', key: 'k', backupKey: 'k:backup:7', reason: 'not counts' }]);
    expect(storage.getItem('k:backup:7')).toBe('{"state": 1, "version": 2}');
    expect(storage.getItem('k')).toBeNull();
  });

  it('keeps the entries that validate, with a copy of the whole save', () => {
    const storage = memoryStorage();
    const raw = JSON.stringify({ state: { n: { a: 2, b: 'x' } }, version: 2 });
    storage.setItem('k', raw);
    const { persist, issues } = setup(storage);
    expect(persist.getItem('k')).toEqual({ state: { n: { a: 2 } }, version: 2 });
    expect(issues).toEqual([
      { kind: 'recovered', key: 'k', backupKey: 'k:backup:7', reason: 'count “b” could not be read' },
    ]);
    expect(storage.getItem('k:backup:7')).toBe(raw);
    // What loaded is saved back, so the next load is clean.
    const again = setup(storage);
    expect(again.persist.getItem('k')).toEqual({ state: { n: { a: 2 } }, version: 2 });
    expect(again.issues).toEqual([]);
  });

  it('never writes over a newer version’s save', () => {
    const storage = memoryStorage();
    const raw = JSON.stringify({ state: { n: { a: 9 } }, version: 3 });
    storage.setItem('k', raw);
    const { persist, issues } = setup(storage);
    expect(persist.getItem('k')).toBeNull();
    persist.setItem('k', { state: { n: { b: 1 } }, version: 2 });
    persist.removeItem('k');
    expect(storage.getItem('k')).toBe(raw);
    expect(issues).toEqual([{ kind: 'newer', key: 'k', version: 3 }]);
  });

  it('lives in memory when storage is missing or a write fails, and says so', () => {
    const missing = setup(null);
    expect(missing.issues).toEqual([{ kind: 'unavailable' }]);
    missing.persist.setItem('k', { state: { n: { a: 1 } }, version: 2 });
    expect(missing.persist.getItem('k')).toEqual({ state: { n: { a: 1 } }, version: 2 });

    const full = setup({
      getItem: () => null,
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
      removeItem: () => {},
    });
    full.persist.setItem('k', { state: { n: { a: 1 } }, version: 2 });
    expect(full.issues).toEqual([{ kind: 'full' }]);
    expect(full.persist.getItem('k')).toEqual({ state: { n: { a: 1 } }, version: 2 });
  });
});
