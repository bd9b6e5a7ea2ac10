import fc from 'fast-check';
import { recordToCode, recordToJson } from './record-codec';
import type { CompletionRecord } from './record-codec';
import { sampleRecord } from '../../../tests/fixtures/completion-records';
import { conflictLosers, countOutcomes, importTexts, learnerKey, withoutLearner } from './records-merge';
import type { StoredRecord } from './records-merge';

const now = new Date('2026-03-10T12:00:00.000Z');
const later = (record: CompletionRecord, minutes: number, change: Partial<CompletionRecord> = {}) => ({
  ...record,
  ...change,
  exportedAt: new Date(Date.parse(record.exportedAt) + minutes * 60_000).toISOString(),
});
const empty = new Map<string, StoredRecord>();
const file = (record: CompletionRecord, source = 'record.json') => ({ source, text: recordToJson(record) });

describe('who a record is about', () => {
  it('uses the employee id, else the email, else the name, ignoring case and spacing', () => {
    expect(learnerKey({ name: 'Ana', email: 'A@x.com', employeeId: ' E 12 ' })).toBe('id:e 12');
    expect(learnerKey({ name: 'Ana', email: ' Ana@Example.com' })).toBe('email:ana@example.com');
    expect(learnerKey({ name: '  Zoë   O’Brien ' })).toBe('name:zoë o’brien');
    expect(learnerKey({ name: 'Zoe\u0308' })).toBe(learnerKey({ name: 'Zoë' }));
  });
});

describe('importing records', () => {
  const base = { ...sampleRecord(), exportedAt: '2026-03-09T12:00:00.000Z' };

  it('reports each item: accepted, updated, duplicate, older or rejected with a reason', () => {
    const first = importTexts(empty, [file(base, 'a.json')], now);
    expect(first.results).toEqual([
      {
        source: 'a.json',
        key: 'email:zoe@example.com|assign-001',
        outcome: 'accepted',
        message: `Accepted: Zoë O’Brien, ${base.assignment.group}.`,
      },
    ]);
    expect(first.changed).toHaveLength(1);

    const newer = later(base, 30, {
      modules: base.modules.map((m) => ({ ...m, status: 'complete' as const })),
    });
    const second = importTexts(
      first.records,
      [
        file(base, 'again.json'),
        file(newer, 'newer.json'),
        file(base, 'old.json'),
        { source: 'notes.txt', text: 'hello' },
      ],
      now,
    );
    expect(second.results.map((r) => r.outcome)).toEqual(['duplicate', 'updated', 'older', 'rejected']);
    expect(second.results[3]!.message).toMatch(/Not JSON/);
    expect(second.changed.map((r) => r.record)).toEqual([newer]);
    expect([...second.records.values()].map((r) => r.record)).toEqual([newer]);
    expect(countOutcomes(second.results)).toEqual({
      accepted: 0,
      updated: 1,
      conflict: 0,
      duplicate: 1,
      older: 1,
      rejected: 1,
    });
  });

  it('keeps both records when one employee id arrives with two names, and HR’s choice removes the other', () => {
    const ana = { ...base, learner: { name: 'Ana Silva', employeeId: 'E7' } };
    const ben = later(ana, 10, { learner: { name: 'Ben Okoro', employeeId: 'e7 ' } });
    const batch = importTexts(empty, [file(ana, 'ana.json'), file(ben, 'ben.json')], now);
    expect(batch.results.map((r) => r.outcome)).toEqual(['accepted', 'conflict']);
    expect(batch.results[1]!.message).toMatch(/Kept beside Ana Silva’s record: both give employee id e7/);
    expect([...batch.records.values()].map((r) => r.record.learner.name)).toEqual(['Ana Silva', 'Ben Okoro']);
    // Importing either again, or an older Ben, changes nothing; a newer Ben updates Ben only.
    const again = importTexts(batch.records, [file(ana), file(ben), file(later(ben, 5))], now);
    expect(again.results.map((r) => r.outcome)).toEqual(['duplicate', 'duplicate', 'updated']);
    expect(again.records.size).toBe(2);
    expect(again.records.get(batch.results[0]!.key!)?.record).toEqual(ana);
    // HR keeps Ben: Ana's record is the one removed.
    const benKey = batch.results[1]!.key!;
    expect(conflictLosers(again.records.values(), benKey)).toEqual([batch.results[0]!.key]);
    expect(conflictLosers(again.records.values(), 'nobody')).toEqual([]);
  });

  it('passes on a file that could not be read as rejected, and imports the rest', () => {
    const batch = importTexts(
      empty,
      [file(base, 'good.json'), { source: 'locked.json', unreadable: true }],
      now,
    );
    expect(batch.results.map((r) => [r.source, r.outcome])).toEqual([
      ['good.json', 'accepted'],
      ['locked.json', 'rejected'],
    ]);
    expect(batch.results[1]!.message).toMatch(/could not be read.*The other files were imported/);
    expect(batch.records.size).toBe(1);
  });

  it('keeps one record per learner and assignment, and separate ones otherwise', () => {
    const other = { ...base, assignment: { ...base.assignment, id: 'assign-002' } };
    const someoneElse = { ...base, learner: { name: 'Ana', employeeId: 'E1' } };
    const result = importTexts(
      empty,
      [file(base), file(other), { source: 'code', text: recordToCode(someoneElse) }],
      now,
    );
    expect(result.results.map((r) => r.outcome)).toEqual(['accepted', 'accepted', 'accepted']);
    expect(result.records.size).toBe(3);
    const removed = withoutLearner(result.records, 'email:zoe@example.com');
    expect([...removed.values()].map((r) => r.record.learner.name)).toEqual(['Ana']);
  });

  it('importing the same records twice changes nothing', () => {
    const once = importTexts(empty, [file(base), file(later(base, 5))], now);
    const twice = importTexts(
      once.records,
      [file(base), file(later(base, 5))],
      new Date('2026-03-11T00:00:00Z'),
    );
    expect(twice.changed).toEqual([]);
    expect(twice.records).toEqual(once.records);
  });

  it('ends with the newest record whatever order the records arrive in', () => {
    const versions = [0, 10, 20, 30].map((m) =>
      later(base, m, { lastActivityAt: `2026-03-0${1 + m / 10}T00:00:00.000Z` }),
    );
    fc.assert(
      fc.property(
        fc.shuffledSubarray(versions, { minLength: 1 }),
        fc.shuffledSubarray(versions, { minLength: 1 }),
        (a, b) => {
          const inOneGo = importTexts(
            empty,
            [...a, ...b].map((r) => file(r)),
            now,
          ).records;
          const inTwo = importTexts(
            importTexts(
              empty,
              b.map((r) => file(r)),
              now,
            ).records,
            a.map((r) => file(r)),
            now,
          ).records;
          const newest = [...a, ...b].sort((x, y) => (x.exportedAt < y.exportedAt ? -1 : 1)).at(-1);
          expect([...inOneGo.values()].map((r) => r.record)).toEqual([newest]);
          expect([...inTwo.values()].map((r) => r.record)).toEqual([newest]);
        },
      ),
    );
  });

  it('breaks a tie between two records exported at the same moment the same way every time', () => {
    const a = { ...base, lastActivityAt: '2026-03-01T00:00:00.000Z' };
    const b = { ...base, lastActivityAt: '2026-03-02T00:00:00.000Z' };
    const ab = importTexts(empty, [file(a), file(b)], now).records;
    const ba = importTexts(empty, [file(b), file(a)], now).records;
    expect([...ab.values()].map((r) => r.checksum)).toEqual([...ba.values()].map((r) => r.checksum));
  });

  it('never throws, whatever is imported', () => {
    const good = recordToJson(base);
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ unit: 'binary', maxLength: 200 }),
            fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
            fc
              .tuple(fc.nat(good.length), fc.string({ maxLength: 4 }))
              .map(([at, s]) => good.slice(0, at) + s + good.slice(at + 1)),
          ),
          { maxLength: 5 },
        ),
        (texts) => {
          const result = importTexts(
            empty,
            texts.map((text, i) => ({ source: `f${i}`, text })),
            now,
          );
          expect(result.results.length).toBeGreaterThanOrEqual(texts.length);
        },
      ),
    );
  });
});
