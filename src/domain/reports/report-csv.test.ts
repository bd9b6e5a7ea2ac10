import { parseCsv, toCsv } from './csv';
import type { CompletionRecord, ModuleRecord } from './record-codec';
import { learnerKey, recordKey } from './records-merge';
import { learnerRow } from './report-aggregate';
import { assessmentOutcome, completionDate, csvModules, reportCsvRows } from './report-csv';

const today = '2026-03-20';
const course = [
  { slug: 'greeting', title: 'Greeting customers' },
  { slug: 'listening', title: 'Listening' },
  { slug: 'follow-up', title: 'Following up' },
];

function row(
  name: string,
  modules: [string, ModuleRecord['status'], string?][],
  options: {
    group?: string;
    assessment?: { attempts: number; bestScore?: number; lastSubmittedAt?: string };
    assessed?: boolean;
    email?: string;
    employeeId?: string;
  } = {},
) {
  const assessed = options.assessed ?? options.assessment !== undefined;
  const record: CompletionRecord = {
    exportedAt: '2026-03-19T10:00:00.000Z',
    learner: {
      name,
      ...(options.email ? { email: options.email } : {}),
      ...(options.employeeId ? { employeeId: options.employeeId } : {}),
    },
    assignment: {
      id: 'a1b2c3d4e5f6a7b8',
      group: options.group ?? 'Leeds, March',
      due: '2026-03-31',
      passMark: 80,
      modules: modules.map(([slug]) => slug),
      assessment: assessed,
    },
    modules: modules.map(([slug, status, completedAt]) => ({
      slug,
      status,
      timeSpentMs: 90_000,
      attempts: 1,
      ...(completedAt ? { completedAt } : {}),
    })),
    ...(options.assessment ? { assessment: { passed: false, ...options.assessment } } : {}),
    lastActivityAt: '2026-03-18T10:00:00.000Z',
  };
  const stored = {
    key: recordKey(record),
    learnerKey: learnerKey(record.learner),
    checksum: name,
    importedAt: '',
    record,
  };
  return learnerRow(stored, today);
}

const ana = row(
  'Ana Silva',
  [
    ['greeting', 'complete', '2026-03-10T09:00:00.000Z'],
    ['follow-up', 'complete', '2026-03-12T15:30:00.000Z'],
  ],
  {
    assessment: { attempts: 2, bestScore: 0.9, lastSubmittedAt: '2026-03-14T11:00:00.000Z' },
    email: 'ana@example.com',
    employeeId: 'E7',
  },
);
const ben = row('Ben Jones', [['listening', 'in-progress']], { assessment: { attempts: 0 } });
const chloe = row('Chloé Martin', [['greeting', 'complete', '2026-03-11T08:00:00.000Z']], {
  assessment: { attempts: 1, bestScore: 0.5, lastSubmittedAt: '2026-03-12T08:00:00.000Z' },
});
const dan = row('Dan Brown', [['greeting', 'not-started']], { assessed: false });

describe('the final assessment in the CSV', () => {
  it('tells a learner who never sat it from one who failed it', () => {
    expect(assessmentOutcome(ana)).toBe('Passed');
    expect(assessmentOutcome(chloe)).toBe('Not passed');
    expect(assessmentOutcome(ben)).toBe('Not attempted');
    expect(assessmentOutcome(row('Eve', [['greeting', 'complete']], { assessed: true }))).toBe(
      'Not attempted',
    );
    expect(assessmentOutcome(dan)).toBe('Not assigned');
  });
});

describe('the completion date', () => {
  it('is the day the last assigned piece was finished, the assessment included', () => {
    expect(completionDate(ana)).toBe('2026-03-14');
    const noAssessment = row('Fay', [
      ['greeting', 'complete', '2026-03-10T09:00:00.000Z'],
      ['listening', 'complete', '2026-03-12T09:00:00.000Z'],
    ]);
    expect(completionDate(noAssessment)).toBe('2026-03-12');
  });

  it('is empty while the assignment is not complete', () => {
    expect(completionDate(ben)).toBe('');
    expect(completionDate(chloe)).toBe('');
  });
});

describe('the module columns', () => {
  it('lists each assigned module once, in course order, then modules the course no longer has', () => {
    const old = row('Gil', [['retired-lesson', 'complete']]);
    expect(csvModules([ben, ana, old, chloe], course)).toEqual([
      { slug: 'greeting', title: 'Greeting customers' },
      { slug: 'listening', title: 'Listening' },
      { slug: 'follow-up', title: 'Following up' },
      { slug: 'retired-lesson', title: 'retired-lesson' },
    ]);
    expect(csvModules([ben], course)).toEqual([{ slug: 'listening', title: 'Listening' }]);
  });
});

describe('the CSV of the current view', () => {
  it('says what HR needs, in words, with no opaque assignment id', () => {
    const csv = parseCsv(toCsv(reportCsvRows([ana, ben, chloe, dan], course)));
    expect(csv[0]).toEqual([
      'Name',
      'Email',
      'Employee ID',
      'Group',
      'Due date',
      'Status',
      'Completed on',
      'Modules done',
      'Modules assigned',
      'Module: Greeting customers',
      'Module: Listening',
      'Module: Following up',
      'Final assessment',
      'Final score (%)',
      'Last activity',
      'Time spent (minutes)',
    ]);
    expect(csv[1]).toEqual([
      'Ana Silva',
      'ana@example.com',
      'E7',
      'Leeds, March',
      '2026-03-31',
      'Complete',
      '2026-03-14',
      '3',
      '3',
      'Complete',
      'Not assigned',
      'Complete',
      'Passed',
      '90',
      '2026-03-18T10:00:00.000Z',
      '3',
    ]);
    expect(csv[2]).toEqual([
      'Ben Jones',
      '',
      '',
      'Leeds, March',
      '2026-03-31',
      'In progress',
      '',
      '0',
      '2',
      'Not assigned',
      'In progress',
      'Not assigned',
      'Not attempted',
      '',
      '2026-03-18T10:00:00.000Z',
      '2',
    ]);
    expect(csv[3]?.slice(12, 14)).toEqual(['Not passed', '50']);
    expect(csv[4]?.slice(9, 14)).toEqual(['Not started', 'Not assigned', 'Not assigned', 'Not assigned', '']);
    expect(csv.flat()).not.toContain('a1b2c3d4e5f6a7b8');
  });

  it('keeps formula protection in every text column, module titles included', () => {
    const evil = row('=HYPERLINK("x")', [['greeting', 'complete']], { group: '@SUM(A1)' });
    const text = toCsv(reportCsvRows([evil], [{ slug: 'greeting', title: '+cmd' }]));
    const [header, first] = parseCsv(text);
    expect(header).toContain('Module: +cmd');
    expect(first?.[0]).toBe('\'=HYPERLINK("x")');
    expect(first?.[3]).toBe("'@SUM(A1)");
  });
});
