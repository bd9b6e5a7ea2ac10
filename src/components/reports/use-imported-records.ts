import { useCallback, useEffect, useRef, useState } from 'react';
import { importTexts, withoutLearner } from '../../domain/reports/records-merge';
import type { ImportResult, StoredRecord } from '../../domain/reports/records-merge';
import { memoryRecordsDb, openRecordsDb } from '../../state/reports/records-db';
import type { RecordsDb } from '../../state/reports/records-db';

export interface ImportedRecords {
  ready: boolean;
  /** 'memory' when this browser would not keep records: they last until the tab closes. */
  storage: 'indexeddb' | 'memory';
  records: ReadonlyMap<string, StoredRecord>;
  /** Saved records that could not be read back; they were left in the database. */
  unreadable: number;
  /** Set when saving failed; the records stay on screen but may not survive a reload. */
  saveError: boolean;
  importTexts: (inputs: { source: string; text: string }[]) => Promise<ImportResult[]>;
  removeLearner: (learnerKey: string) => Promise<void>;
  clearAll: () => Promise<void>;
}

/** HR's imported records: loaded from IndexedDB, merged on import, and saved back. */
const openDefault = () => openRecordsDb();

export function useImportedRecords(open: () => Promise<RecordsDb> = openDefault): ImportedRecords {
  const db = useRef<RecordsDb | null>(null);
  /** Settles once saved records are loaded; imports wait for it so a load never overwrites them. */
  const loaded = useRef<Promise<void> | null>(null);
  const current = useRef<ReadonlyMap<string, StoredRecord>>(new Map());
  const [records, setRecordsState] = useState<ReadonlyMap<string, StoredRecord>>(current.current);
  const [ready, setReady] = useState(false);
  const [storage, setStorage] = useState<'indexeddb' | 'memory'>('indexeddb');
  const [unreadable, setUnreadable] = useState(0);
  const [saveError, setSaveError] = useState(false);

  const setRecords = useCallback((next: ReadonlyMap<string, StoredRecord>) => {
    current.current = next;
    setRecordsState(next);
  }, []);

  useEffect(() => {
    let live = true;
    let opened: RecordsDb | null = null;
    loaded.current = open()
      .catch(() => memoryRecordsDb())
      .then(async (database) => {
        opened = database;
        const saved = await database.load().catch(() => ({ records: [], unreadable: 0 }));
        if (!live) return database.close();
        db.current = database;
        setStorage(database.kind);
        setUnreadable(saved.unreadable);
        setRecords(new Map(saved.records.map((r) => [r.key, r])));
        setReady(true);
      });
    return () => {
      live = false;
      opened?.close();
    };
  }, [open, setRecords]);

  const persist = useCallback(async (work: (database: RecordsDb) => Promise<void>) => {
    if (!db.current) return;
    try {
      await work(db.current);
      setSaveError(false);
    } catch {
      setSaveError(true);
    }
  }, []);

  const runImport = useCallback(
    async (inputs: { source: string; text: string }[]) => {
      await loaded.current;
      const batch = importTexts(current.current, inputs, new Date());
      if (batch.changed.length > 0) {
        setRecords(batch.records);
        await persist((database) => database.save(batch.changed));
      }
      return batch.results;
    },
    [persist, setRecords],
  );

  const removeLearner = useCallback(
    async (learnerKey: string) => {
      setRecords(withoutLearner(current.current, learnerKey));
      await persist((database) => database.removeLearner(learnerKey));
    },
    [persist, setRecords],
  );

  const clearAll = useCallback(async () => {
    setRecords(new Map());
    await persist((database) => database.clear());
  }, [persist, setRecords]);

  return { ready, storage, records, unreadable, saveError, importTexts: runImport, removeLearner, clearAll };
}
