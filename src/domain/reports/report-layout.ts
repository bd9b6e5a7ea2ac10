/**
 * How the Reports page arranges itself around HR's data: with records saved, the figures and the table
 * come first and importing folds away; with none, importing is the whole point of the page.
 */

export interface ImportSectionState {
  /** The heading and disclosure button of the import section. */
  title: string;
  open: boolean;
}

/**
 * The import section. It opens by itself only when there are no records; once HR opens or closes it (or
 * imports through it), that choice stands, so it never folds away under someone who is using it.
 */
export function importSection(records: number, choice: boolean | null): ImportSectionState {
  return {
    title: records === 0 ? 'Import records' : 'Import more records',
    open: choice ?? records === 0,
  };
}

/** Learner cards shown at a time on a narrow screen, and how many more a "Show more" reveals. */
export const CARD_PAGE = 25;

/** The "Show more" label: how many the next press adds, out of how many are left. */
export function showMoreText(shown: number, total: number): string | null {
  const left = total - shown;
  if (left <= 0) return null;
  const next = Math.min(CARD_PAGE, left);
  return `Show ${next.toLocaleString('en-GB')} more (${shown.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} shown)`;
}
