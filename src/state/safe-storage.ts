/**
 * The browser's key-value storage as the course uses it, and its stand-ins. Stores persist through
 * createVersionedStorage (versioned-storage.ts); keys are listed in persisted-keys.ts.
 */

/** The part of the Web Storage API we use; tests pass an in-memory one. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function memoryStorage(): KeyValueStorage {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

/**
 * The browser's localStorage if it can be read, else null (disabled, blocked). A full storage is still
 * returned: what it holds must be read (the learner's saved progress), even though writes will fail
 * until room is made; the versioned storage then keeps the session in memory and says so.
 */
export function probeLocalStorage(): KeyValueStorage | null {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return null;
    storage.getItem('__servewell_probe__');
    return storage;
  } catch {
    return null;
  }
}
