import {
  addDays,
  daysBetween,
  dueState,
  dueText,
  formatDate,
  formatShortDate,
  isDateOnly,
  isOverdue,
  localDate,
} from './due-dates';

describe('due dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isDateOnly('2026-03-31')).toBe(true);
    expect(isDateOnly('2028-02-29')).toBe(true);
    expect(isDateOnly('2026-02-29')).toBe(false);
    expect(isDateOnly('2026-13-01')).toBe(false);
    expect(isDateOnly('2026-3-1')).toBe(false);
    expect(isDateOnly('2026-03-01T00:00:00Z')).toBe(false);
    expect(isDateOnly('')).toBe(false);
  });

  it('counts whole days across months, years and clock changes', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-03-30', '2026-03-28')).toBe(-2);
    expect(daysBetween('2026-02-29', '2026-03-01')).toBeNaN();
    expect(addDays('2026-02-27', 3)).toBe('2026-03-02');
    expect(addDays('not a date', 3)).toBe('not a date');
  });

  it('gives the local calendar date of a moment', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('says how much time is left or how late it is', () => {
    expect(dueState('2026-03-10', '2026-03-07')).toEqual({ kind: 'upcoming', days: 3 });
    expect(dueText('2026-03-10', '2026-03-07')).toBe('3 days left');
    expect(dueText('2026-03-08', '2026-03-07')).toBe('Due tomorrow');
    expect(dueText('2026-03-07', '2026-03-07')).toBe('Due today');
    expect(dueText('2026-03-06', '2026-03-07')).toBe('1 day overdue');
    expect(dueText('2026-03-01', '2026-03-07')).toBe('6 days overdue');
    expect(isOverdue('2026-03-06', '2026-03-07')).toBe(true);
    expect(isOverdue('2026-03-07', '2026-03-07')).toBe(false);
  });

  it('writes dates out in words', () => {
    expect(formatDate('2026-03-13')).toBe('Fri 13 March 2026');
    expect(formatDate('soon')).toBe('soon');
    expect(formatShortDate('2026-09-03')).toBe('3 Sep 2026');
    expect(formatShortDate('2026-09-31')).toBe('2026-09-31');
  });
});
