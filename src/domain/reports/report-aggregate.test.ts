import type { CompletionRecord, ModuleRecord } from './record-codec';
import { learnerKey, recordKey } from './records-merge';
import type { StoredRecord } from './records-merge';
import { buildRows, filterRows, groupsOf, learnerRow, sortRows, summarise } from './report-aggregate';

const today = '2026-03-20';

function stored(
  name: string,
  group: string,
  modules: [string, ModuleRecord['status']][],
  options: { due?: string; score?: number; assessment?: boolean; last?: string; email?: string } = {},
): StoredRecord {
  const assessment = options.assessment ?? options.score !== undefined;
  const record: CompletionRecord = {
    exportedAt: '2026-03-19T10:00:00.000Z',
    learner: { name, ...(options.email ? { email: options.email } : {}) },
    assignment: {
      id: `assign-${group.toLowerCase().replace(/\W/g, '')}`,
      group,
      due: options.due ?? '2026-03-31',
      passMark: 80,
      modules: modules.map(([slug]) => slug),
      assessment,
    },
    modules: modules.map(([slug, status]) => ({ slug, status, timeSpentMs: 60_000, attempts: 1 })),
    ...(assessment
      ? {
          assessment: {
            attempts: options.score === undefined ? 0 : 1,
            ...(options.score !== undefined ? { bestScore: options.score } : {}),
            passed: false,
          },
        }
      : {}),
    ...(options.last ? { lastActivityAt: options.last } : {}),
  };
  return {
    key: recordKey(record),
    learnerKey: learnerKey(record.learner),
    checksum: name,
    importedAt: '',
    record,
  };
}

const records = [
  stored(
    'Ana Silva',
    'Leeds',
    [
      ['a', 'complete'],
      ['b', 'complete'],
    ],
    { score: 0.9, last: '2026-03-18T10:00:00.000Z' },
  ),
  stored(
    'Ben Jones',
    'Leeds',
    [
      ['a', 'complete'],
      ['b', 'in-progress'],
    ],
    { last: '2026-03-15T10:00:00.000Z' },
  ),
  stored('Chloé Martin', 'York', [['a', 'not-started']], { score: 0.5, assessment: true }),
  stored('Dev Patel', 'York', [['a', 'in-progress']], { due: '2026-03-10' }),
  stored('Eve Adams', 'York', [['a', 'complete']], { due: '2026-03-10', score: 0.8 }),
  stored('Finn Berg', 'Leeds', [['b', 'not-started']]),
];

describe('a learner’s row', () => {
  it('counts assigned modules done, the final score and the status', () => {
    const [ana, ben, chloe, dev, eve, finn] = buildRows(records, today);
    expect(ana).toMatchObject({
      name: 'Ana Silva',
      group: 'Leeds',
      done: 3,
      total: 3,
      finalScore: 0.9,
      passed: true,
      status: 'complete',
    });
    expect(ben).toMatchObject({
      done: 1,
      total: 2,
      finalScore: null,
      passed: null,
      status: 'in-progress',
      lastActivity: '2026-03-15T10:00:00.000Z',
    });
    // A submitted but failed assessment counts as started and not done.
    expect(chloe).toMatchObject({ done: 0, total: 2, finalScore: 0.5, passed: false, status: 'in-progress' });
    expect(dev).toMatchObject({ status: 'overdue', done: 0, total: 1 });
    // Done is done, even after the due date; a score exactly at the pass mark passes.
    expect(eve).toMatchObject({ status: 'complete', done: 2, total: 2, passed: true });
    expect(finn).toMatchObject({ status: 'not-started', lastActivity: '', timeSpentMs: 60_000 });
  });

  it('does not take the learner’s own "passed" on trust, and ignores modules that were not assigned', () => {
    const record = stored('Gil', 'Leeds', [['a', 'complete']], { score: 0.4 });
    record.record.assessment!.passed = true;
    record.record.modules.push({ slug: 'extra', status: 'complete', timeSpentMs: 0, attempts: 0 });
    expect(learnerRow(record, today)).toMatchObject({ passed: false, done: 1, total: 2 });
  });
});

describe('searching, filtering and sorting the table', () => {
  const rows = buildRows(records, today);
  const names = (list: { name: string }[]) => list.map((r) => r.name);

  it('searches names, emails and groups, ignoring case, and filters by group and status', () => {
    expect(names(filterRows(rows, { query: 'CHLO', group: '', status: '' }))).toEqual(['Chloé Martin']);
    expect(names(filterRows(rows, { query: 'york', group: '', status: '' }))).toHaveLength(3);
    expect(names(filterRows(rows, { query: '', group: 'York', status: 'overdue' }))).toEqual(['Dev Patel']);
    expect(names(filterRows(rows, { query: 'silva leeds', group: 'Leeds', status: 'complete' }))).toEqual([
      'Ana Silva',
    ]);
    expect(filterRows(rows, { query: 'nobody', group: '', status: '' })).toEqual([]);
  });

  it('sorts by any column in either direction, with a stable order for ties', () => {
    expect(names(sortRows(rows, 'name', 'descending'))[0]).toBe('Finn Berg');
    expect(names(sortRows(rows, 'finalScore', 'descending')).slice(0, 3)).toEqual([
      'Ana Silva',
      'Eve Adams',
      'Chloé Martin',
    ]);
    expect(names(sortRows(rows, 'done', 'ascending'))[0]).toBe('Chloé Martin');
    expect(sortRows(rows, 'status', 'ascending').map((r) => r.status)).toEqual([
      'overdue',
      'not-started',
      'in-progress',
      'in-progress',
      'complete',
      'complete',
    ]);
    expect(names(sortRows(rows, 'group', 'ascending'))).toEqual([
      'Ana Silva',
      'Ben Jones',
      'Finn Berg',
      'Chloé Martin',
      'Dev Patel',
      'Eve Adams',
    ]);
    expect(names(sortRows(rows, 'due', 'ascending')).slice(0, 2)).toEqual(['Dev Patel', 'Eve Adams']);
    expect(names(sortRows(rows, 'lastActivity', 'descending')).slice(0, 2)).toEqual([
      'Ana Silva',
      'Ben Jones',
    ]);
    expect(groupsOf(rows)).toEqual(['Leeds', 'York']);
  });

  it('sorts by email and employee id, learners without one last', () => {
    const contact = (name: string, email: string, employeeId: string) => {
      const row = stored(name, 'Leeds', [['a', 'complete']]);
      row.record.learner = { name, ...(email ? { email } : {}), ...(employeeId ? { employeeId } : {}) };
      return learnerRow(row, today);
    };
    const list = [
      contact('Ana', 'zed@example.com', 'E10'),
      contact('Ben', '', 'E9'),
      contact('Cat', 'amy@example.com', ''),
    ];
    expect(names(sortRows(list, 'email', 'ascending'))).toEqual(['Cat', 'Ana', 'Ben']);
    expect(names(sortRows(list, 'employeeId', 'ascending'))).toEqual(['Ben', 'Ana', 'Cat']);
    expect(names(sortRows(list, 'employeeId', 'descending'))).toEqual(['Cat', 'Ana', 'Ben']);
  });
});

describe('summary figures', () => {
  it('completion per module and per group, score bands and overdue count', () => {
    const summary = summarise(buildRows(records, today));
    expect(summary).toMatchObject({
      rows: 6,
      learners: 6,
      counts: { complete: 2, 'in-progress': 2, overdue: 1, 'not-started': 1 },
      completionRate: 2 / 6,
      scored: 3,
      passed: 2,
    });
    expect(summary.averageScore).toBeCloseTo((0.9 + 0.5 + 0.8) / 3);
    expect(summary.modules).toEqual([
      { slug: 'a', total: 5, complete: 3, rate: 0.6 },
      { slug: 'b', total: 3, complete: 1, rate: 1 / 3 },
      { slug: null, total: 3, complete: 2, rate: 2 / 3 },
    ]);
    expect(summary.groups).toEqual([
      { group: 'Leeds', total: 3, complete: 1, overdue: 0, rate: 1 / 3 },
      { group: 'York', total: 3, complete: 1, overdue: 1, rate: 1 / 3 },
    ]);
    expect(summary.scoreBands.map((b) => b.count)).toEqual([0, 0, 0, 0, 0, 1, 0, 0, 1, 1]);
    expect(summary.scoreBands[9]!.label).toBe('90–100%');
  });

  it('is all zeros for no records', () => {
    expect(summarise([])).toMatchObject({
      rows: 0,
      completionRate: 0,
      averageScore: null,
      modules: [],
      groups: [],
    });
  });
});
