import 'fake-indexeddb/auto';
import { recordChecksum, recordToJson } from '../../domain/reports/record-codec';
import type { CompletionRecord } from '../../domain/reports/record-codec';
import { sampleRecord } from '../../../tests/fixtures/completion-records';
import { createImportedRecordsStore } from './imported-records-store';
import { openRecordsDb } from './records-db';

let dbCount = 0;
const freshName = () => `servewell-reports-store-test-${(dbCount += 1)}`;
const now = () => new Date('2026-03-10T12:00:00.000Z');
const base: CompletionRecord = { ...sampleRecord(), exportedAt: '2026-03-09T12:00:00.000Z' };
const at = (record: CompletionRecord, minutes: number): CompletionRecord => ({
  ...record,
  exportedAt: new Date(Date.parse(record.exportedAt) + minutes * 60_000).toISOString(),
});
const file = (record: CompletionRecord, source = 'record.json') => ({ source, text: recordToJson(record) });

/** A Reports tab: its own store over the shared browser database. */
function tab(name: string) {
  const store = createImportedRecordsStore({ open: () => openRecordsDb({ name }), now });
  onTestFinished(() => store.getState().reset());
  return store;
}

const names = (store: ReturnType<typeof tab>) =>
  [...store.getState().records.values()].map((r) => r.record.learner.name).sort();

describe('HR’s imported records', () => {
  it('keeps a record with fields this version does not know across a reload, with the one it replaced', async () => {
    const name = freshName();
    const first = tab(name);
    await first.getState().importTexts([file(base)]);
    const extra = { ...at(base, 30), note: 'added by a newer course' } as CompletionRecord;
    const json = JSON.stringify({
      format: 'servewell-completion-record',
      version: 2,
      checksum: recordChecksum(extra),
      record: extra,
    });
    const [result] = await first.getState().importTexts([{ source: 'newer.json', text: json }]);
    expect(result?.outcome).toBe('updated');
    first.getState().reset();

    const reloaded = tab(name);
    await reloaded.getState().load();
    expect(reloaded.getState().unreadable).toBe(0);
    expect([...reloaded.getState().records.values()].map((r) => r.record)).toEqual([extra]);
  });

  it('never lets a second tab replace a newer record with an older one', async () => {
    const name = freshName();
    const first = tab(name);
    const second = tab(name);
    await first.getState().load();
    await second.getState().load();
    const newest = at(base, 60);
    await second.getState().importTexts([file(newest, 'newest.json')]);
    // The first tab still shows nothing, and is handed an older version of the same record.
    const [result] = await first.getState().importTexts([file(at(base, 30), 'older.json')]);
    expect(result).toMatchObject({ outcome: 'older', message: expect.stringMatching(/another tab/) });
    expect([...first.getState().records.values()].map((r) => r.record)).toEqual([newest]);
    const check = tab(name);
    await check.getState().load();
    expect([...check.getState().records.values()].map((r) => r.record)).toEqual([newest]);
  });

  it('keeps both records of one email under two names until HR keeps one, and remembers the choice', async () => {
    const name = freshName();
    const store = tab(name);
    const ana = { ...base, learner: { name: 'Ana Silva', email: 'a@x.org' } };
    const bea = { ...at(base, 5), learner: { name: 'Bea Silva', email: 'A@x.org' } };
    const results = await store.getState().importTexts([file(ana), file(bea)]);
    expect(results.map((r) => r.outcome)).toEqual(['accepted', 'conflict']);
    expect(names(store)).toEqual(['Ana Silva', 'Bea Silva']);

    const reloaded = tab(name);
    await reloaded.getState().load();
    expect(names(reloaded)).toEqual(['Ana Silva', 'Bea Silva']);
    await reloaded.getState().resolveConflict(results[1]!.key!);
    expect(names(reloaded)).toEqual(['Bea Silva']);

    const later = tab(name);
    await later.getState().load();
    expect(names(later)).toEqual(['Bea Silva']);
  });

  it('says so after a few seconds when the database never opens, and still imports for this tab', async () => {
    vi.useFakeTimers();
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const store = createImportedRecordsStore({ open: () => new Promise(() => {}), now });
    onTestFinished(() => store.getState().reset());
    const loading = store.getState().load();
    expect(store.getState().phase).toBe('loading');
    await vi.advanceTimersByTimeAsync(5_000);
    await loading;
    expect(store.getState()).toMatchObject({ phase: 'ready', stalled: true, storage: 'memory' });
    vi.useRealTimers();
    await store.getState().importTexts([file(base)]);
    expect(store.getState().records.size).toBe(1);
  });
});
