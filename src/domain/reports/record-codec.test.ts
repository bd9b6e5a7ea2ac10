import fc from 'fast-check';
import { canonicalJson, hashString, toBase64Url } from '../lib/hash';
import {
  buildRecord,
  codeBodyShape,
  findCodes,
  readCode,
  readEnvelope,
  readRecordText,
  recordChecksum,
  recordFileName,
  recordToCode,
  recordToJson,
  sealRecord,
} from './record-codec';
import type { RecordReading } from './record-codec';
import {
  sampleAssignment,
  sampleLessons,
  sampleNow,
  sampleProgress,
  sampleRecord,
} from '../../../tests/fixtures/completion-records';

const now = sampleNow;
const assignment = sampleAssignment;
const lessons = sampleLessons;
const progress = sampleProgress;

describe('building a record from the learner’s progress', () => {
  it('holds the profile, assignment, per-module status, scores, attempts, time and timestamps', () => {
    const record = sampleRecord();
    expect(record).toEqual({
      course: 'servewell',
      exportedAt: '2026-03-10T12:00:00.000Z',
      learner: { name: 'Zoë O’Brien', email: 'zoe@example.com' },
      assignment: {
        id: 'assign-001',
        group: assignment.group,
        due: '2026-03-31',
        passMark: 80,
        modules: ['greeting', 'listening'],
        assessment: true,
      },
      modules: [
        {
          slug: 'greeting',
          status: 'complete',
          timeSpentMs: 1_200_000,
          attempts: 2,
          score: 0.75,
          startedAt: '2026-03-02T09:00:00.000Z',
          completedAt: '2026-03-02T09:20:00.000Z',
          lastActivityAt: '2026-03-02T09:20:00.000Z',
        },
        {
          slug: 'listening',
          status: 'in-progress',
          timeSpentMs: 60_000,
          attempts: 0,
          startedAt: '2026-03-03T09:00:00.000Z',
          lastActivityAt: '2026-03-03T09:01:00.000Z',
        },
      ],
      assessment: { attempts: 2, bestScore: 0.85, passed: true, lastSubmittedAt: '2026-03-05T09:10:00.000Z' },
      lastActivityAt: '2026-03-05T09:10:00.000Z',
    });
  });

  it('leaves a lesson’s warm-up (practice of earlier lessons) out of that module’s score and attempts', () => {
    const data = progress();
    data.activities['warm-up-greeting'] = {
      lesson: 'greeting',
      kind: 'warm-up',
      attempts: 1,
      answers: null,
      completed: true,
      score: 0,
      updatedAt: '2026-03-02T09:05:00.000Z',
    };
    const record = buildRecord({ learner: { name: 'Zoë' }, assignment, lessons, data, now });
    expect(record.modules[0]).toMatchObject({ slug: 'greeting', attempts: 2, score: 0.75 });
  });

  it('names the file after the learner and the group, keeping non-ASCII letters', () => {
    expect(recordFileName(sampleRecord())).toBe('servewell-record-zoë-obrien-zoë-s-march-team-leeds.json');
    const unnamed = { ...sampleRecord(), learner: { name: '???' } };
    expect(recordFileName(unnamed)).toMatch(/^servewell-record-learner-/);
  });
});

const read = (text: string): RecordReading => {
  const items = readRecordText(text, 'test', now);
  expect(items).toHaveLength(1);
  return items[0]!.reading;
};
const reason = (text: string) => {
  const reading = read(text);
  return reading.ok ? 'ok' : reading.reason;
};
/** A file with a correct checksum around whatever record it is given. */
const forged = (record: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'servewell-completion-record',
    version: 1,
    checksum: recordChecksum(record),
    record,
    ...extra,
  });

describe('record files and codes: round trip', () => {
  it('reads back the JSON file exactly', () => {
    const record = sampleRecord();
    expect(read(recordToJson(record))).toEqual({
      ok: true,
      record,
      checksum: sealRecord(record).checksum,
      version: 2,
    });
  });

  it('keeps fields it does not know, exactly as checksummed, so the stored record checks again', () => {
    const record = {
      ...sampleRecord(),
      note: 'from a newer course',
      learner: { name: 'Ana', pronouns: 'she' },
    };
    const reading = read(forged(record, { version: 2 }));
    expect(reading).toMatchObject({ ok: true, record });
    const again = reading.ok ? readEnvelope({ ...sealRecord(reading.record), version: 2 }, now) : reading;
    expect(again).toMatchObject({ ok: true, checksum: recordChecksum(record) });
  });

  it('refuses a record from another course, with that reason', () => {
    const other = { ...sampleRecord(), course: 'fire-safety' };
    expect(read(forged(other, { version: 2 }))).toMatchObject({
      ok: false,
      reason: 'other-course',
      message: expect.stringMatching(/another course \(“fire-safety”\)/),
    });
    const { course: _none, ...withoutCourse } = sampleRecord();
    expect(read(forged(withoutCourse, { version: 2 }))).toMatchObject({ ok: false, reason: 'missing' });
  });

  it('still reads records issued in format 1, which carry no course id', () => {
    const { course: _none, ...issued } = sampleRecord();
    expect(read(forged(issued, { version: 1 }))).toMatchObject({ ok: true, record: issued, version: 1 });
  });

  it('reads back the code, even wrapped over lines inside an email', () => {
    const record = sampleRecord();
    const code = recordToCode(record);
    expect(code).toMatch(/^SWR\.[A-Za-z0-9_-]+\.$/);
    const wrapped = `Hi, here it is:\n\n${code.match(/.{1,60}/g)!.join('\n')} Thanks!`;
    expect(findCodes(wrapped)).toEqual([code]);
    expect(read(wrapped)).toMatchObject({ ok: true, record });
  });

  it('reads several codes in one paste, and a JSON list of records', () => {
    const a = sampleRecord();
    const b = { ...sampleRecord(), learner: { name: 'Ana' } };
    const items = readRecordText(`${recordToCode(a)}\n${recordToCode(b)}`, 'Pasted', now);
    expect(items.map((i) => i.source)).toEqual(['Pasted, code 1', 'Pasted, code 2']);
    expect(items.every((i) => i.reading.ok)).toBe(true);
    const list = readRecordText(JSON.stringify([sealRecord(a), sealRecord(b)]), 'all.json', now);
    expect(list.map((i) => i.source)).toEqual(['all.json, record 1', 'all.json, record 2']);
    expect(list.every((i) => i.reading.ok)).toBe(true);
  });

  it('round-trips any learner name and group', () => {
    fc.assert(
      fc.property(
        fc
          .string({ minLength: 1, maxLength: 120, unit: 'grapheme' })
          .filter((n) => n.trim() !== '' && n.trim().length <= 120),
        fc
          .string({ minLength: 1, maxLength: 80, unit: 'grapheme' })
          .filter((g) => g.trim() !== '' && g.length <= 80),
        (name, group) => {
          const record = buildRecord({
            learner: { name },
            assignment: { ...assignment, group },
            lessons,
            data: progress(),
            now,
          });
          expect(readCode(recordToCode(record), now)).toMatchObject({ ok: true, record });
          expect(read(recordToJson(record))).toMatchObject({ ok: true, record });
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('record files and codes: every kind of corruption', () => {
  const record = sampleRecord();
  const file = recordToJson(record);

  it('empty input', () => {
    expect(reason('')).toBe('empty');
    expect(reason('  \n')).toBe('empty');
    expect(reason('[]')).toBe('empty');
  });

  it('not JSON', () => {
    expect(reason('hello')).toBe('not-json');
    expect(reason(file.slice(0, file.length / 2))).toBe('not-json');
    expect(read('Name,Group\nAna,A')).toMatchObject({ message: expect.stringMatching(/Not JSON/) });
  });

  it('JSON that is not a record', () => {
    expect(reason('{"hello":1}')).toBe('not-record');
    expect(reason('42')).toBe('not-record');
    expect(reason('[1]')).toBe('not-record');
  });

  it('a wrong schema version, newer or older', () => {
    const sealed = sealRecord(record);
    const newer = read(JSON.stringify({ ...sealed, version: 3 }));
    expect(newer).toMatchObject({
      ok: false,
      reason: 'version',
      message: expect.stringMatching(/newer version/),
    });
    expect(read(JSON.stringify({ ...sealed, version: 0 }))).toMatchObject({
      reason: 'version',
      message: expect.stringMatching(/format 0/),
    });
    expect(reason(JSON.stringify({ ...sealed, version: undefined }))).toBe('missing');
  });

  it('a checksum mismatch after any edit', () => {
    const sealed = sealRecord(record);
    const edited = {
      ...sealed,
      record: { ...record, modules: [{ ...record.modules[1]!, status: 'complete' }] },
    };
    expect(read(JSON.stringify(edited))).toMatchObject({
      reason: 'checksum',
      message: expect.stringMatching(/changed after/),
    });
    expect(reason(JSON.stringify({ ...sealed, checksum: '00000000000000' }))).toBe('checksum');
    // Formatting does not count as an edit: the checksum covers the data, not the spacing.
    expect(reason(JSON.stringify(sealed))).toBe('ok');
  });

  it('a record dated in the future', () => {
    const future = { ...record, exportedAt: '2026-03-11T12:00:00.000Z' };
    expect(read(forged(future))).toMatchObject({
      reason: 'future',
      message: expect.stringMatching(/2026-03-11 12:00/),
    });
    const lateModule = {
      ...record,
      modules: [{ ...record.modules[0]!, completedAt: '2027-01-01T00:00:00.000Z' }],
    };
    expect(reason(forged(lateModule))).toBe('future');
    // A few minutes of clock difference is tolerated.
    expect(reason(forged({ ...record, exportedAt: '2026-03-10T12:05:00.000Z' }))).toBe('ok');
  });

  it('missing fields, named in words', () => {
    const { learner: _l, ...noLearner } = record;
    expect(read(forged(noLearner))).toMatchObject({
      reason: 'missing',
      message: 'Missing fields: the learner.',
    });
    const noName = {
      ...record,
      learner: { email: 'x@example.com' },
      assignment: { ...record.assignment, id: undefined },
    };
    expect(read(forged(noName))).toMatchObject({
      reason: 'missing',
      message: "Missing fields: the learner's name, the assignment id.",
    });
    expect(reason(JSON.stringify({ format: 'servewell-completion-record', version: 1, record }))).toBe(
      'missing',
    );
    expect(reason(JSON.stringify({ format: 'servewell-completion-record', version: 1, checksum: 'x' }))).toBe(
      'missing',
    );
  });

  it('fields with impossible values', () => {
    const bad = {
      ...record,
      assignment: { ...record.assignment, due: '2026-02-30' },
      modules: [{ ...record.modules[0]!, score: 7 }],
    };
    expect(read(forged(bad))).toMatchObject({
      reason: 'invalid',
      message: expect.stringMatching(/due date is not a real date/),
    });
  });

  it('codes cut short, damaged or edited', () => {
    const code = recordToCode(record);
    expect(readCode(code.slice(0, 40), now)).toMatchObject({ reason: 'truncated' });
    expect(readCode(code.slice(0, -30), now)).toMatchObject({ reason: 'truncated' });
    expect(readCode('SWR.', now)).toMatchObject({ reason: 'truncated' });
    expect(readCode('SWR.abc$def.', now)).toMatchObject({ reason: 'damaged' });
    expect(readCode('XYZ.abc', now)).toMatchObject({ reason: 'not-record' });
    const body = code.slice(4, -1);
    const flipped = `SWR.${body.slice(0, 50)}${body[50] === 'A' ? 'B' : 'A'}${body.slice(51)}.`;
    expect(readCode(flipped, now)).toMatchObject({ ok: false });
    const json = canonicalJson({
      ...sealRecord(record),
      record: { ...record, learner: { name: 'Someone else' } },
    });
    expect(readCode(`SWR.${toBase64Url(json)}.`, now)).toMatchObject({ reason: 'checksum' });
    expect(hashString(json)).toMatch(/^[0-9a-f]{14}$/);
  });

  it('calls garbage after SWR. "not a record code", and keeps "its end is missing" for a code cut short', () => {
    const code = recordToCode(record);
    for (const garbage of [
      'SWR.hello.',
      'SWR.xyz123',
      'SWR.aGVsbG8gd29ybGQ.',
      'SWR.A',
      'SWR.zzzzzzzzzzzz.',
    ]) {
      const reading = readCode(garbage, now);
      expect(reading).toMatchObject({ ok: false, reason: 'not-record' });
      expect(reading.ok ? '' : reading.message).toMatch(/^Not a record code/);
      expect(reading.ok ? '' : reading.message).not.toMatch(/end is missing/);
    }
    for (const cut of [code.slice(0, 5), code.slice(0, 6), code.slice(0, 40), code.slice(0, -30)]) {
      const reading = readCode(cut, now);
      expect(reading).toMatchObject({ ok: false, reason: 'truncated' });
      expect(reading.ok ? '' : reading.message).toMatch(/its end is missing/);
    }
    const pasted = readRecordText('Here is my code: SWR.notarealcode. Thanks!', 'Pasted text', now);
    expect(pasted.map((item) => item.reading)).toMatchObject([{ ok: false, reason: 'not-record' }]);
  });

  it('sorts the text after SWR. by its shape before decoding it', () => {
    expect(codeBodyShape('')).toBe('empty');
    expect(codeBodyShape('ab$c')).toBe('damaged');
    expect(codeBodyShape('hello')).toBe('not-record');
    expect(codeBodyShape('e')).toBe('record-like');
    expect(codeBodyShape('eyJjaGVj')).toBe('record-like');
    expect(codeBodyShape(recordToCode(record).slice(4, -1))).toBe('record-like');
  });
});

describe('the importers never throw', () => {
  it('on any text as a file or a paste', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        for (const item of readRecordText(text, 'x', now)) expect(typeof item.reading.ok).toBe('boolean');
        expect(typeof readCode(text, now).ok).toBe('boolean');
      }),
    );
  });

  it('on any JSON value, sealed or not', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(readRecordText(JSON.stringify(value) ?? '', 'x', now).length).toBeGreaterThan(0);
        expect(readEnvelope(value, now).ok).toBe(false);
        expect(readEnvelope(JSON.parse(forged(value)), now).ok).toBe(false);
      }),
    );
  });

  it('on records with any field swapped for any value, and any mutation of a code', () => {
    const record = sampleRecord() as unknown as Record<string, unknown>;
    const code = recordToCode(sampleRecord());
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(record)),
        fc.jsonValue(),
        fc.integer({ min: 4, max: code.length - 2 }),
        fc.string({ maxLength: 3 }),
        (key, value, at, insert) => {
          const reading = readEnvelope(JSON.parse(forged({ ...record, [key]: value })), now);
          expect(typeof reading.ok).toBe('boolean');
          // Any change to the code's body (spaces and line breaks aside) is rejected.
          const mutated = code.slice(0, at) + insert + code.slice(at + 1);
          fc.pre(mutated.replace(/\s+/g, '') !== code.replace(/\s+/g, ''));
          const result = readRecordText(mutated, 'x', now);
          expect(result.some((r) => r.reading.ok)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
