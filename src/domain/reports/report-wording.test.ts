import type { ImportResult } from './records-merge';
import {
  clearAllQuestion,
  countOf,
  importDetailsHeading,
  importSummaryText,
  viewCountText,
} from './report-wording';

describe('counts on the Reports page', () => {
  it('reads "1 record" and "2 records"', () => {
    expect(countOf(1, 'record')).toBe('1 record');
    expect(countOf(2, 'record')).toBe('2 records');
    expect(countOf(0, 'record')).toBe('0 records');
    expect(countOf(12_000, 'record')).toBe('12,000 records');
    expect(countOf(1, 'entry', 'entries')).toBe('1 entry');
    expect(countOf(3, 'entry', 'entries')).toBe('3 entries');
  });

  it('counts the records above the table, and the share a filter shows', () => {
    expect(viewCountText(1, 1)).toBe('1 record.');
    expect(viewCountText(2, 2)).toBe('2 records.');
    expect(viewCountText(1, 3)).toBe('Showing 1 of 3 records; the figures are for these only.');
    expect(viewCountText(0, 1)).toBe('Showing 0 of 1 record; the figures are for these only.');
  });

  it('calls imported items "other" only when some were rejected, and has no heading for none', () => {
    expect(importDetailsHeading({ rejected: 2, others: 0 })).toBeNull();
    expect(importDetailsHeading({ rejected: 0, others: 0 })).toBeNull();
    expect(importDetailsHeading({ rejected: 1, others: 1 })).toBe('Details of the 1 other item');
    expect(importDetailsHeading({ rejected: 1, others: 4 })).toBe('Details of the 4 other items');
    expect(importDetailsHeading({ rejected: 0, others: 1 })).toBe('Details of the 1 item');
    expect(importDetailsHeading({ rejected: 0, others: 3 })).toBe('Details of the 3 items');
  });

  it('sums up an import in one sentence, one item or many', () => {
    const result = (outcome: ImportResult['outcome']): ImportResult => ({
      source: 'a.json',
      outcome,
      message: '',
    });
    expect(importSummaryText([result('accepted')])).toBe('Imported 1 item: 1 accepted.');
    expect(importSummaryText([result('accepted'), result('rejected'), result('conflict')])).toBe(
      'Imported 3 items: 1 accepted, 1 kept, name differs, 1 rejected.',
    );
  });

  it('asks before clearing one record or many', () => {
    expect(clearAllQuestion(1)).toBe(
      'Remove the 1 imported record from this browser? This cannot be undone.',
    );
    expect(clearAllQuestion(3)).toBe(
      'Remove all 3 imported records from this browser? This cannot be undone.',
    );
  });
});
