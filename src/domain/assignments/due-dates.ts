/**
 * Calendar dates as `YYYY-MM-DD` strings: what a due date is, how many days are left, and how to say so.
 * A due date is a whole day in the learner's own calendar, so there are no time zones to get wrong.
 */

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function dayNumber(date: string): number | null {
  const match = DATE_ONLY.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return null;
  return Math.round(utc / DAY_MS);
}

/** True for a real calendar date written as `YYYY-MM-DD` (so not 2026-02-30). */
export function isDateOnly(value: string): boolean {
  return dayNumber(value) !== null;
}

/** The local calendar date of a moment, as `YYYY-MM-DD`. */
export function localDate(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier); NaN if either is not a date. */
export function daysBetween(from: string, to: string): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return a === null || b === null ? Number.NaN : b - a;
}

/** A date moved by a number of days. */
export function addDays(date: string, days: number): string {
  const n = dayNumber(date);
  if (n === null) return date;
  return new Date((n + days) * DAY_MS).toISOString().slice(0, 10);
}

export type DueState =
  { kind: 'upcoming'; days: number } | { kind: 'today'; days: 0 } | { kind: 'overdue'; days: number };

/** Where a due date stands on a given day. `days` counts days left, or days late when overdue. */
export function dueState(due: string, today: string): DueState {
  const left = daysBetween(today, due);
  if (Number.isNaN(left)) return { kind: 'upcoming', days: 0 };
  if (left > 0) return { kind: 'upcoming', days: left };
  if (left === 0) return { kind: 'today', days: 0 };
  return { kind: 'overdue', days: -left };
}

export const isOverdue = (due: string, today: string) => dueState(due, today).kind === 'overdue';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "3 days left", "Due tomorrow", "Due today", "2 days overdue". */
export function dueText(due: string, today: string): string {
  const state = dueState(due, today);
  if (state.kind === 'today') return 'Due today';
  if (state.kind === 'overdue') return `${plural(state.days, 'day')} overdue`;
  return state.days === 1 ? 'Due tomorrow' : `${plural(state.days, 'day')} left`;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "Fri 13 March 2026"; the input unchanged when it is not a date. */
export function formatDate(date: string): string {
  const n = dayNumber(date);
  if (n === null) return date;
  const d = new Date(n * DAY_MS);
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "13 Mar 2026", for tables; the input unchanged when it is not a date. */
export function formatShortDate(date: string): string {
  const n = dayNumber(date);
  if (n === null) return date;
  const d = new Date(n * DAY_MS);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]!.slice(0, 3)} ${d.getUTCFullYear()}`;
}
