import 'fake-indexeddb/auto';
import { sealRecord } from '../../domain/reports/record-codec';
import { learnerKey, recordKey } from '../../domain/reports/records-merge';
import type { StoredRecord } from '../../domain/reports/records-merge';
import { sampleRecord } from '../../../tests/fixtures/completion-records';
import { memoryRecordsDb, openRecordsDb, readStoredRecord } from './records-db';

let dbCount = 0;
const freshName = () => `servewell-reports-test-${(dbCount += 1)}`;

function stored(name: string, assignmentId = 'assign-001'): StoredRecord {
  const base = sampleRecord();
  const record = { ...base, learner: { name }, assignment: { ...base.assignment, id: assignmentId } };
  return {
    key: recordKey(record),
    learnerKey: learnerKey(record.learner),
    checksum: sealRecord(record).checksum,
    importedAt: '2026-03-10T12:00:00.000Z',
    record,
  };
}

describe('records database', () => {
  it('saves records and reads them back after reopening', async () => {
    const name = freshName();
    const db = await openRecordsDb({ name });
    expect(db.kind).toBe('indexeddb');
    await db.save([stored('Ana'), stored('Ben'), stored('Ana', 'assign-002')]);
    db.close();
    const again = await openRecordsDb({ name });
    const loaded = await again.load();
    expect(loaded.unreadable).toBe(0);
    expect(loaded.records.map((r) => r.record.learner.name).sort()).toEqual(['Ana', 'Ana', 'Ben']);
    expect(loaded.records[0]).toEqual(
      stored(loaded.records[0]!.record.learner.name, loaded.records[0]!.record.assignment.id),
    );
    again.close();
  });

  it('replaces a record with the same key, removes one learner, and clears everything', async () => {
    const db = await openRecordsDb({ name: freshName() });
    const first = stored('Ana');
    await db.save([first, stored('Ben')]);
    await db.save([{ ...first, importedAt: '2026-03-11T00:00:00.000Z' }]);
    let loaded = await db.load();
    expect(loaded.records).toHaveLength(2);
    expect(loaded.records.find((r) => r.key === first.key)?.importedAt).toBe('2026-03-11T00:00:00.000Z');
    await db.save([stored('Ana', 'assign-002')]);
    await db.removeLearner('name:ana');
    loaded = await db.load();
    expect(loaded.records.map((r) => r.record.learner.name)).toEqual(['Ben']);
    await db.clear();
    expect((await db.load()).records).toEqual([]);
    db.close();
  });

  it('sets aside saved entries that are no longer valid records, without deleting them', async () => {
    const name = freshName();
    const db = await openRecordsDb({ name });
    const tampered = stored('Cat');
    tampered.record = { ...tampered.record, learner: { name: 'Someone else' } };
    await db.save([stored('Ana'), tampered, { key: 'x' } as unknown as StoredRecord]);
    const loaded = await db.load();
    expect(loaded.records.map((r) => r.record.learner.name)).toEqual(['Ana']);
    expect(loaded.unreadable).toBe(2);
    expect((await db.load()).unreadable).toBe(2);
    db.close();
  });

  it('checks each save against what is stored now: a newer record and a different name are both kept', async () => {
    const db = await openRecordsDb({ name: freshName() });
    const newer = stored('Ana');
    newer.record = { ...newer.record, exportedAt: '2026-03-10T12:30:00.000Z' };
    newer.checksum = sealRecord(newer.record).checksum;
    await db.save([newer]);
    const older = stored('Ana');
    const outcome = await db.save([older]);
    expect(outcome.saved).toEqual([]);
    expect(outcome.newer.map((r) => r.checksum)).toEqual([newer.checksum]);
    // Another tab, not knowing of Ana, saves Bea under the same email: Bea goes beside Ana.
    const withEmail = (entry: StoredRecord, email: string): StoredRecord => {
      const record = { ...entry.record, learner: { ...entry.record.learner, email } };
      return {
        ...entry,
        key: recordKey(record),
        learnerKey: learnerKey(record.learner),
        record,
        checksum: sealRecord(record).checksum,
      };
    };
    const ana = withEmail(newer, 'a@x.org');
    await db.save([ana]);
    const beside = await db.save([withEmail(stored('Bea'), 'a@x.org')]);
    expect(beside.saved.map((r) => r.key)).toEqual([`${ana.key}|name:bea`]);
    expect((await db.load()).records.map((r) => r.record.learner.name).sort()).toEqual(['Ana', 'Ana', 'Bea']);
    await db.removeKeys([newer.key, ana.key]);
    expect((await db.load()).records.map((r) => r.record.learner.name)).toEqual(['Bea']);
    db.close();
  });

  it('rejects when the browser has no IndexedDB, and the memory fallback behaves the same', async () => {
    await expect(openRecordsDb({ factory: null })).rejects.toThrow(/no IndexedDB/);
    const db = memoryRecordsDb();
    await db.save([stored('Ana'), stored('Ben')]);
    await db.removeLearner('name:ben');
    expect((await db.load()).records.map((r) => r.record.learner.name)).toEqual(['Ana']);
    await db.clear();
    expect((await db.load()).records).toEqual([]);
  });

  it('reads a stored entry only when its checksum and fields still hold', () => {
    const good = stored('Ana');
    expect(readStoredRecord(good)).toEqual(good);
    expect(readStoredRecord({ ...good, checksum: '00000000000000' })).toBeNull();
    expect(readStoredRecord(null)).toBeNull();
    expect(readStoredRecord({ ...good, key: 1 })).toBeNull();
  });
});
