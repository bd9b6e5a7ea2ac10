/**
 * The CSV HR downloads: one row per learner and assignment, in words a spreadsheet reader understands
 * without this page beside it. Modules get a column each, so a manager can filter on one lesson; the final
 * assessment reads "Not attempted" rather than a bare "No" for someone who never sat it.
 */
import type { CsvValue } from './csv';
import { LEARNER_STATUS_LABEL } from './report-aggregate';
import type { LearnerRow } from './report-aggregate';

/** A lesson as the CSV names it: its slug (what records carry) and its title (what HR reads). */
export interface CsvModule {
  slug: string;
  title: string;
}

export type AssessmentOutcome = 'Passed' | 'Not passed' | 'Not attempted' | 'Not assigned';

/** How the learner stands on the final assessment, in the words the CSV uses. */
export function assessmentOutcome(row: LearnerRow): AssessmentOutcome {
  if (!row.record.assignment.assessment) return 'Not assigned';
  const { assessment } = row.record;
  const attempted = (assessment?.attempts ?? 0) > 0 || assessment?.bestScore !== undefined;
  if (!attempted) return 'Not attempted';
  return row.passed ? 'Passed' : 'Not passed';
}

/**
 * The date (YYYY-MM-DD, UTC as recorded) the learner finished the assignment: the latest completion among
 * its modules and, when assessed, the last assessment submission. Empty until the assignment is complete.
 */
export function completionDate(row: LearnerRow): string {
  if (row.status !== 'complete') return '';
  const assigned = new Set(row.record.assignment.modules);
  const times = row.record.modules
    .filter((m) => assigned.has(m.slug) && m.status === 'complete')
    .map((m) => m.completedAt ?? m.lastActivityAt ?? '');
  if (row.record.assignment.assessment) times.push(row.record.assessment?.lastSubmittedAt ?? '');
  const latest = times.filter(Boolean).sort().at(-1);
  return (latest ?? row.lastActivity).slice(0, 10);
}

/**
 * Every module assigned in these rows, once: those in `course` in course order, then any the course no
 * longer has (an older record), by slug, titled with the slug.
 */
export function csvModules(rows: readonly LearnerRow[], course: readonly CsvModule[]): CsvModule[] {
  const assigned = new Set<string>();
  for (const row of rows) for (const slug of row.record.assignment.modules) assigned.add(slug);
  const known = course.filter((m) => assigned.has(m.slug));
  const knownSlugs = new Set(known.map((m) => m.slug));
  const unknown = [...assigned]
    .filter((slug) => !knownSlugs.has(slug))
    .sort()
    .map((slug) => ({ slug, title: slug }));
  return [...known, ...unknown];
}

const MODULE_STATUS_LABEL = {
  complete: 'Complete',
  'in-progress': 'In progress',
  'not-started': 'Not started',
} as const;

/** One learner's standing on each module: its status, or "Not assigned". */
function moduleCells(row: LearnerRow, modules: readonly CsvModule[]): string[] {
  const assigned = new Set(row.record.assignment.modules);
  const status = new Map(row.record.modules.map((m) => [m.slug, m.status]));
  return modules.map(({ slug }) =>
    assigned.has(slug) ? MODULE_STATUS_LABEL[status.get(slug) ?? 'not-started'] : 'Not assigned',
  );
}

const percent = (value: number | null) => (value === null ? '' : Math.round(value * 100));

/**
 * The table as CSV rows with a header: what HR sees, the learner's contact details, the date they
 * finished, and one column per assigned module (titled from `course`).
 */
export function reportCsvRows(rows: readonly LearnerRow[], course: readonly CsvModule[] = []): CsvValue[][] {
  const modules = csvModules(rows, course);
  const header = [
    'Name',
    'Email',
    'Employee ID',
    'Group',
    'Due date',
    'Status',
    'Completed on',
    'Modules done',
    'Modules assigned',
    ...modules.map((m) => `Module: ${m.title}`),
    'Final assessment',
    'Final score (%)',
    'Last activity',
    'Time spent (minutes)',
  ];
  return [
    header,
    ...rows.map((row) => [
      row.name,
      row.email,
      row.employeeId,
      row.group,
      row.due,
      LEARNER_STATUS_LABEL[row.status],
      completionDate(row),
      row.done,
      row.total,
      ...moduleCells(row, modules),
      assessmentOutcome(row),
      percent(row.finalScore),
      row.lastActivity,
      Math.round(row.timeSpentMs / 60_000),
    ]),
  ];
}
