/**
 * HR's imported completion records, kept in IndexedDB so they survive reloads. Uses the raw API.
 * What is read back is checked again (storage is a trust boundary): records that cannot be read are left
 * where they are, counted and reported, never deleted behind anyone's back.
 */
import { PERSISTED } from '../persisted-keys';
import { readEnvelope, RECORD_FORMAT } from '../../domain/reports/record-codec';
import { compareVersions, conflictKey, sameName } from '../../domain/reports/records-merge';
import type { StoredRecord } from '../../domain/reports/records-merge';

export const RECORDS_DB_NAME = PERSISTED.reports.key;
/** Version of the database layout; bump it with a new step in `upgrade`. */
export const RECORDS_DB_VERSION = PERSISTED.reports.version;
const STORE = 'records';
const BY_LEARNER = 'learnerKey';

interface LoadedRecords {
  records: StoredRecord[];
  /** Saved entries that could not be read; they stay in the database untouched. */
  unreadable: number;
}

export interface RecordsDb {
  /** 'indexeddb', or 'memory' when the browser would not open a database (records last until the tab closes). */
  kind: 'indexeddb' | 'memory';
  load(): Promise<LoadedRecords>;
  /**
   * Adds or replaces records, all in one transaction, checked against what is stored at that moment (another
   * tab may have saved since this one loaded): a newer record stored there is kept and returned in `newer`;
   * a record under the same key with another name is kept, and the incoming one saved beside it.
   */
  save(records: readonly StoredRecord[]): Promise<SaveOutcome>;
  removeLearner(learnerKey: string): Promise<void>;
  /** Removes these entries (HR resolving a conflict). */
  removeKeys(keys: readonly string[]): Promise<void>;
  clear(): Promise<void>;
  close(): void;
}

interface SaveOutcome {
  /** What was written, under the key it was written to. */
  saved: StoredRecord[];
  /** Records already stored (by another tab) that are newer than the ones offered; they were kept. */
  newer: StoredRecord[];
}

const FAR_FUTURE = new Date(8.64e15);

type Placement =
  | { kind: 'put'; record: StoredRecord }
  | { kind: 'keep'; existing: StoredRecord }
  | { kind: 'beside'; record: StoredRecord };

/** How one incoming record meets what the database holds under its key right now. */
function placeAgainstStored(existingValue: unknown, incoming: StoredRecord): Placement {
  if (existingValue === undefined) return { kind: 'put', record: incoming };
  const existing = readStoredRecord(existingValue);
  // An entry that cannot be read is not overwritten: the incoming record goes beside it.
  if (!existing) return { kind: 'beside', record: { ...incoming, key: `${incoming.key}|unreadable-beside` } };
  if (!sameName(existing.record, incoming.record)) {
    const key = conflictKey(incoming.record);
    return key === incoming.key
      ? { kind: 'put', record: incoming }
      : { kind: 'beside', record: { ...incoming, key } };
  }
  return compareVersions(existing, incoming) > 0
    ? { kind: 'keep', existing }
    : { kind: 'put', record: incoming };
}

/** A saved entry as a record, or null when it is not one (any more). */
export function readStoredRecord(value: unknown): StoredRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const { key, learnerKey, checksum, importedAt, version, record } = value as Record<string, unknown>;
  if (typeof key !== 'string' || typeof learnerKey !== 'string' || typeof importedAt !== 'string')
    return null;
  if (version !== undefined && typeof version !== 'number') return null;
  // Entries stored before format 2 carry no version: they are format 1 records.
  const reading = readEnvelope(
    { format: RECORD_FORMAT, version: version ?? 1, checksum, record },
    FAR_FUTURE,
  );
  if (!reading.ok) return null;
  const stored: StoredRecord = {
    key,
    learnerKey,
    checksum: reading.checksum,
    importedAt,
    record: reading.record,
  };
  if (version !== undefined) stored.version = version;
  return stored;
}

const done = (request: IDBRequest) =>
  new Promise<void>((resolve, reject) => {
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('The database request failed.'));
  });

const finished = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('The database transaction failed.'));
    tx.onabort = () => reject(tx.error ?? new Error('The database transaction was aborted.'));
  });

function upgrade(db: IDBDatabase, oldVersion: number) {
  if (oldVersion < 1) {
    const store = db.createObjectStore(STORE, { keyPath: 'key' });
    store.createIndex(BY_LEARNER, 'learnerKey', { unique: false });
  }
}

/** Opens (creating if needed) the records database. Rejects when IndexedDB is unavailable or blocked. */
export function openRecordsDb(
  options: { name?: string; factory?: IDBFactory | null } = {},
): Promise<RecordsDb> {
  const factory = options.factory === undefined ? globalThis.indexedDB : options.factory;
  const name = options.name ?? RECORDS_DB_NAME;
  return new Promise<IDBDatabase>((resolve, reject) => {
    if (!factory) {
      reject(new Error('This browser has no IndexedDB.'));
      return;
    }
    const request = factory.open(name, RECORDS_DB_VERSION);
    request.onupgradeneeded = (event) => upgrade(request.result, event.oldVersion);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('The records database could not be opened.'));
    request.onblocked = () =>
      reject(new Error('The records database is open in an older tab; close it and try again.'));
  }).then((db): RecordsDb => {
    // Another tab upgrading the database closes this connection rather than blocking it.
    db.onversionchange = () => db.close();
    return {
      kind: 'indexeddb',
      async load() {
        const tx = db.transaction(STORE, 'readonly');
        const request = tx.objectStore(STORE).getAll();
        await done(request);
        const records: StoredRecord[] = [];
        let unreadable = 0;
        for (const value of request.result as unknown[]) {
          const record = readStoredRecord(value);
          if (record) records.push(record);
          else unreadable += 1;
        }
        return { records, unreadable };
      },
      async save(records) {
        const outcome: SaveOutcome = { saved: [], newer: [] };
        if (records.length === 0) return outcome;
        const tx = db.transaction(STORE, 'readwrite');
        const store = tx.objectStore(STORE);
        // Read and write in the request callbacks, so the check and the write share one transaction.
        const place = (record: StoredRecord, depth: number) => {
          const request = store.get(record.key);
          request.onsuccess = () => {
            const placement = placeAgainstStored(request.result, record);
            if (placement.kind === 'keep') outcome.newer.push(placement.existing);
            else if (placement.kind === 'put' || depth > 2) {
              store.put(placement.record);
              outcome.saved.push(placement.record);
            } else place(placement.record, depth + 1);
          };
        };
        for (const record of records) place(record, 0);
        await finished(tx);
        return outcome;
      },
      async removeLearner(learnerKey) {
        const tx = db.transaction(STORE, 'readwrite');
        const store = tx.objectStore(STORE);
        const keys = store.index(BY_LEARNER).getAllKeys(IDBKeyRange.only(learnerKey));
        keys.onsuccess = () => {
          for (const key of keys.result) store.delete(key);
        };
        await finished(tx);
      },
      async removeKeys(keys) {
        const tx = db.transaction(STORE, 'readwrite');
        const store = tx.objectStore(STORE);
        for (const key of keys) store.delete(key);
        await finished(tx);
      },
      async clear() {
        const tx = db.transaction(STORE, 'readwrite');
        tx.objectStore(STORE).clear();
        await finished(tx);
      },
      close: () => db.close(),
    };
  });
}

/** The same interface in memory, for browsers that will not open a database. */
export function memoryRecordsDb(initial: readonly StoredRecord[] = []): RecordsDb {
  const map = new Map(initial.map((r) => [r.key, r]));
  return {
    kind: 'memory',
    load: async () => ({ records: [...map.values()], unreadable: 0 }),
    save: async (records) => {
      records.forEach((r) => map.set(r.key, r));
      return { saved: [...records], newer: [] };
    },
    removeKeys: async (keys) => keys.forEach((key) => map.delete(key)),
    removeLearner: async (learnerKey) => {
      for (const [key, r] of map) if (r.learnerKey === learnerKey) map.delete(key);
    },
    clear: async () => map.clear(),
    close: () => undefined,
  };
}
