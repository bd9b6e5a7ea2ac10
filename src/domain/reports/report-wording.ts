/**
 * The counts the Reports page says out loud, so that one record is "1 record" and a heading about the
 * other items appears only when there are some.
 */
import { countOutcomes } from './records-merge';
import type { ImportOutcome, ImportResult } from './records-merge';

/** "1 record", "2 records", "1,200 records"; `many` for words that do not just take an s. */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** The line above the table: how many records, and how many of them the filters let through. */
export function viewCountText(shown: number, total: number): string {
  return shown === total
    ? `${countOf(total, 'record')}.`
    : `Showing ${shown.toLocaleString('en-GB')} of ${countOf(total, 'record')}; the figures are for these only.`;
}

export const IMPORT_OUTCOME_LABEL: Record<ImportOutcome, string> = {
  accepted: 'Accepted',
  updated: 'Updated',
  conflict: 'Kept, name differs',
  duplicate: 'Duplicate',
  older: 'Older, not used',
  rejected: 'Rejected',
};

/** What one import did, in a sentence: "Imported 1 item: 1 accepted." */
export function importSummaryText(results: readonly ImportResult[]): string {
  const counts = countOutcomes(results);
  const parts = (Object.keys(IMPORT_OUTCOME_LABEL) as ImportOutcome[])
    .filter((k) => counts[k] > 0)
    .map((k) => `${counts[k].toLocaleString('en-GB')} ${IMPORT_OUTCOME_LABEL[k].toLowerCase()}`);
  return `Imported ${countOf(results.length, 'item')}: ${parts.join(', ')}.`;
}

/**
 * The heading over the items of an import that were not rejected. They are the "other" items only when
 * some were rejected (and listed apart); with none, there is no heading at all.
 */
export function importDetailsHeading(counts: { rejected: number; others: number }): string | null {
  if (counts.others === 0) return null;
  return counts.rejected > 0
    ? `Details of the ${countOf(counts.others, 'other item')}`
    : `Details of the ${countOf(counts.others, 'item')}`;
}

/** The confirmation before every imported record is removed. */
export function clearAllQuestion(records: number): string {
  return records === 1
    ? 'Remove the 1 imported record from this browser? This cannot be undone.'
    : `Remove all ${countOf(records, 'imported record')} from this browser? This cannot be undone.`;
}
