/** Counting and completion rules for free-text reflections. */

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Counts words: runs of text between whitespace that hold at least one letter or digit.
 * "after-sales" is one word; a lone dash or emoji is not a word.
 */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) {
    if (WORD_CHAR.test(token)) count += 1;
  }
  return count;
}

/**
 * Counts characters as a reader sees them (an accented letter or an emoji counts once),
 * spaces included, ignoring leading and trailing whitespace.
 */
export function countCharacters(text: string): number {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    return Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(trimmed)).length;
  }
  return Array.from(trimmed).length;
}

/**
 * A reflection counts toward completion once it has `minWords` words; without `minWords`
 * (or with 0), any text that is not blank counts.
 */
export function reflectionComplete(text: string, minWords?: number): boolean {
  if (minWords === undefined || minWords <= 0) return text.trim() !== '';
  return countWords(text) >= minWords;
}
