/**
 * HR's view of imported records: one row per learner and assignment, the filters and sorting of the table,
 * and the summary figures and charts. Linear in the number of records, so 10,000 are quick.
 */
import { isOverdue } from '../assignments/due-dates';
import { cleanText } from '../lib/clean-text';
import type { CompletionRecord } from './record-codec';
import { groupByRecordKey } from './records-merge';
import type { StoredRecord } from './records-merge';

export type LearnerStatus = 'not-started' | 'in-progress' | 'complete' | 'overdue';

export const LEARNER_STATUS_LABEL: Record<LearnerStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  complete: 'Complete',
  overdue: 'Overdue',
};

export interface LearnerRow {
  key: string;
  learnerKey: string;
  name: string;
  email: string;
  employeeId: string;
  group: string;
  assignmentId: string;
  /** Assigned modules done, counting a passed final assessment as one. */
  done: number;
  total: number;
  /** 0..1, best final assessment score; null when none was submitted or none was assigned. */
  finalScore: number | null;
  passed: boolean | null;
  status: LearnerStatus;
  due: string;
  /** ISO time of the learner's last activity, or '' when there was none. */
  lastActivity: string;
  timeSpentMs: number;
  record: CompletionRecord;
  /** Names on other records with this learner's employee id or email for the same assignment: HR chooses. */
  conflictWith: string[];
  /** Lowercase text the search box matches against. */
  haystack: string;
}

/** Whether a record's final assessment score meets its pass mark (recomputed, not taken on trust). */
const passes = (score: number, passMark: number) => Math.round(score * 1000) / 10 >= passMark;

export function learnerRow(stored: StoredRecord, today: string, conflictWith: string[] = []): LearnerRow {
  const { record } = stored;
  const assigned = new Set(record.assignment.modules);
  const moduleDone = record.modules.filter((m) => assigned.has(m.slug) && m.status === 'complete').length;
  const score = record.assignment.assessment ? (record.assessment?.bestScore ?? null) : null;
  const passed = record.assignment.assessment
    ? score !== null && passes(score, record.assignment.passMark)
    : null;
  const done = moduleDone + (passed ? 1 : 0);
  const total = assigned.size + (record.assignment.assessment ? 1 : 0);
  const started =
    record.modules.some((m) => m.status !== 'not-started') || (record.assessment?.attempts ?? 0) > 0;
  const status: LearnerStatus =
    total > 0 && done >= total
      ? 'complete'
      : isOverdue(record.assignment.due, today)
        ? 'overdue'
        : started
          ? 'in-progress'
          : 'not-started';
  const name = cleanText(record.learner.name);
  const email = record.learner.email ?? '';
  const employeeId = record.learner.employeeId ?? '';
  const group = record.assignment.group.trim();
  return {
    key: stored.key,
    learnerKey: stored.learnerKey,
    name,
    email,
    employeeId,
    group,
    assignmentId: record.assignment.id,
    done,
    total,
    finalScore: score,
    passed,
    status,
    due: record.assignment.due,
    lastActivity: record.lastActivityAt ?? '',
    timeSpentMs: record.modules.reduce((sum, m) => sum + m.timeSpentMs, 0),
    record,
    conflictWith,
    haystack: `${name}\n${email}\n${employeeId}\n${group}`.toLowerCase(),
  };
}

export function buildRows(records: Iterable<StoredRecord>, today: string): LearnerRow[] {
  const rows: LearnerRow[] = [];
  for (const group of groupByRecordKey(records).values()) {
    for (const stored of group) {
      const others = group.filter((s) => s !== stored).map((s) => s.record.learner.name.trim());
      rows.push(learnerRow(stored, today, others));
    }
  }
  return rows;
}

export interface RowFilter {
  query: string;
  /** '' for every group. */
  group: string;
  /** '' for every status. */
  status: LearnerStatus | '';
}

export function filterRows(rows: readonly LearnerRow[], filter: RowFilter): LearnerRow[] {
  const terms = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter(
    (row) =>
      (!filter.group || row.group === filter.group) &&
      (!filter.status || row.status === filter.status) &&
      terms.every((term) => row.haystack.includes(term)),
  );
}

export type SortColumn =
  'name' | 'email' | 'employeeId' | 'group' | 'done' | 'finalScore' | 'status' | 'due' | 'lastActivity';
export type SortDirection = 'ascending' | 'descending';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const STATUS_ORDER: Record<LearnerStatus, number> = {
  overdue: 0,
  'not-started': 1,
  'in-progress': 2,
  complete: 3,
};

const compareBy: Record<SortColumn, (a: LearnerRow, b: LearnerRow) => number> = {
  name: (a, b) => collator.compare(a.name, b.name),
  // Ascending, learners without an email or id come after those with one.
  email: (a, b) => collator.compare(a.email || '\uffff', b.email || '\uffff'),
  employeeId: (a, b) => collator.compare(a.employeeId || '\uffff', b.employeeId || '\uffff'),
  group: (a, b) => collator.compare(a.group, b.group),
  done: (a, b) => (a.total ? a.done / a.total : 0) - (b.total ? b.done / b.total : 0) || a.done - b.done,
  finalScore: (a, b) => (a.finalScore ?? -1) - (b.finalScore ?? -1),
  status: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status],
  due: (a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0),
  lastActivity: (a, b) => (a.lastActivity < b.lastActivity ? -1 : a.lastActivity > b.lastActivity ? 1 : 0),
};

/** A sorted copy; ties fall back to name, then key, so the order is always the same. */
export function sortRows(
  rows: readonly LearnerRow[],
  column: SortColumn,
  direction: SortDirection,
): LearnerRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const primary = compareBy[column];
  return [...rows].sort(
    (a, b) => sign * primary(a, b) || compareBy.name(a, b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/** The groups present, in alphabetical order. */
export function groupsOf(rows: readonly LearnerRow[]): string[] {
  return [...new Set(rows.map((r) => r.group))].sort(collator.compare);
}

interface Rate {
  /** Rows with this module or group. */
  total: number;
  complete: number;
  /** 0..1 */
  rate: number;
}

interface ModuleRate extends Rate {
  /** A lesson slug, or null for the final assessment. */
  slug: string | null;
}

interface GroupRate extends Rate {
  group: string;
  overdue: number;
}

interface ScoreBand {
  /** "0–9%", …, "90–100%" */
  label: string;
  count: number;
}

export interface ReportSummary {
  rows: number;
  learners: number;
  counts: Record<LearnerStatus, number>;
  /** 0..1 of rows complete. */
  completionRate: number;
  /** Mean best final assessment score over those who sat it; null when nobody has. */
  averageScore: number | null;
  scored: number;
  passed: number;
  modules: ModuleRate[];
  groups: GroupRate[];
  scoreBands: ScoreBand[];
}

const rateOf = (complete: number, total: number) => (total === 0 ? 0 : complete / total);

export function summarise(rows: readonly LearnerRow[]): ReportSummary {
  const counts: Record<LearnerStatus, number> = {
    'not-started': 0,
    'in-progress': 0,
    complete: 0,
    overdue: 0,
  };
  const learners = new Set<string>();
  const modules = new Map<string | null, { total: number; complete: number }>();
  const groups = new Map<string, { total: number; complete: number; overdue: number }>();
  const bands = Array.from({ length: 10 }, () => 0);
  let scoreSum = 0;
  let scored = 0;
  let passed = 0;
  for (const row of rows) {
    counts[row.status] += 1;
    learners.add(row.learnerKey);
    const group = groups.get(row.group) ?? { total: 0, complete: 0, overdue: 0 };
    group.total += 1;
    if (row.status === 'complete') group.complete += 1;
    if (row.status === 'overdue') group.overdue += 1;
    groups.set(row.group, group);
    const assigned = row.record.assignment.modules;
    for (let i = 0; i < assigned.length; i += 1) {
      const slug = assigned[i]!;
      if (assigned.indexOf(slug) !== i) continue;
      let entry = modules.get(slug);
      if (!entry) modules.set(slug, (entry = { total: 0, complete: 0 }));
      entry.total += 1;
      if (row.record.modules.some((m) => m.slug === slug && m.status === 'complete')) entry.complete += 1;
    }
    if (row.record.assignment.assessment) {
      const entry = modules.get(null) ?? { total: 0, complete: 0 };
      entry.total += 1;
      if (row.passed) entry.complete += 1;
      modules.set(null, entry);
    }
    if (row.finalScore !== null) {
      scored += 1;
      scoreSum += row.finalScore;
      if (row.passed) passed += 1;
      bands[Math.min(9, Math.floor(row.finalScore * 10))]! += 1;
    }
  }
  return {
    rows: rows.length,
    learners: learners.size,
    counts,
    completionRate: rateOf(counts.complete, rows.length),
    averageScore: scored === 0 ? null : scoreSum / scored,
    scored,
    passed,
    modules: [...modules].map(([slug, m]) => ({ slug, ...m, rate: rateOf(m.complete, m.total) })),
    groups: [...groups]
      .map(([group, g]) => ({ group, ...g, rate: rateOf(g.complete, g.total) }))
      .sort((a, b) => collator.compare(a.group, b.group)),
    scoreBands: bands.map((count, i) => ({
      label: i === 9 ? '90–100%' : `${i * 10}–${i * 10 + 9}%`,
      count,
    })),
  };
}
