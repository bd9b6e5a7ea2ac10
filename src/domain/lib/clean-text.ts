/**
 * Names and short texts people type or paste: bidirectional control characters (which can make a name
 * display reversed or hide part of it) are removed, spacing is collapsed, and a text made only of invisible
 * characters counts as empty.
 */

/** Embedding, override and isolate controls, and the directional marks. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/gu;
/**
 * Characters that print nothing: format characters (zero-width spaces and joiners, soft hyphen, word
 * joiner, BOM…), control characters, separators, marks with no letter to sit on (variation selectors,
 * the combining grapheme joiner), and blank letters such as the Hangul fillers and the braille blank.
 */
const INVISIBLE = /[\p{Cf}\p{Cc}\p{Z}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/gu;

/** True when the text shows at least one visible character. */
export function hasVisibleText(text: string): boolean {
  return text.replace(INVISIBLE, '') !== '';
}

/** The text as it should be kept: NFC, no bidi controls, single spaces, trimmed; '' when nothing shows. */
export function cleanText(text: string): string {
  const cleaned = text
    .normalize('NFC')
    .replace(BIDI_CONTROLS, '')
    .replace(/[\p{Z}\s]+/gu, ' ')
    .trim();
  return hasVisibleText(cleaned) ? cleaned : '';
}
