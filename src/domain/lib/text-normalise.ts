/**
 * Forgiving comparison of typed answers: case, spacing, accents and punctuation do not matter.
 * "After-sales  Support!" and "after sales support" are the same answer.
 */

/** Apostrophes inside words are dropped, so "isn't" and "isn’t" both become "isnt". */
const APOSTROPHES = /['’‘ʼ`´]/g;
/** Dashes, hyphens and slashes separate words: "after-sales" becomes "after sales". */
const WORD_SEPARATORS = /[\p{Pd}/\\_]/gu;
/** Any other punctuation or symbol (quotes, brackets, full stops, emoji) becomes a space. */
const OTHER_PUNCTUATION = /[^\p{L}\p{N}\s]/gu;
const COMBINING_MARKS = /\p{M}/gu;

/**
 * Normalises a typed answer for comparison: Unicode-normalised, accents removed, lowercased,
 * "&" read as "and", apostrophes dropped, hyphens and other punctuation turned into spaces,
 * whitespace collapsed and trimmed.
 */
export function normaliseAnswer(s: string): string {
  return s
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(APOSTROPHES, '')
    .replace(WORD_SEPARATORS, ' ')
    .replace(OTHER_PUNCTUATION, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the text equals one of the accepted answers once both are normalised. Blank never matches. */
export function matchesAccepted(text: string, accept: readonly string[]): boolean {
  const given = normaliseAnswer(text);
  if (given === '') return false;
  return accept.some((a) => normaliseAnswer(a) === given);
}
