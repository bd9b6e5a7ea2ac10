/**
 * Whether a text is something the coach can read as English sentences at all. Texts that are not are
 * coached (told what is wrong), never scored:
 *
 * - empty: nothing but spaces or punctuation;
 * - too-short: fewer than three words ("ok", "sorry", "refund it");
 * - not-english: the little words every English sentence leans on ("the", "to", "I", "you", "it",
 *   "is"…) are missing, and words that carry other languages' grammar ("der", "que", "le", "nicht")
 *   or letters English does not use are there instead;
 * - keyword-list: English words without sentences: almost no little words ("sorry refund replace
 *   today"), a list of one- or two-word items split by commas or lines, or the same words repeated.
 */
import type { Reading } from './reading';
import { wordsOf } from './reading';
import { fixTypingSlips } from './typing-slips';

export type TextForm = 'ok' | 'empty' | 'too-short' | 'not-english' | 'keyword-list';

/** Short words that hold English sentences together. */
const ENGLISH_FUNCTION_WORDS = new Set(
  (
    'a an the and or but if so to of in on at by for with from as into about than then that this these those ' +
    'i me my we us our you your he him his she her it its they them their there here ' +
    'is am are was were be been being do does did have has had will would can could shall should may might must ' +
    'not no never what which who when where why how all any some each every just also too very up out off over ' +
    'let get got make please thanks thank yes okay ok sorry without within who whom whose both either ' +
    'neither nor after before while during through until because since more most less often maybe much many ' +
    'again still already soon only even really'
  ).split(' '),
);

/** Very common words of other languages that English does not use. */
const FOREIGN_FUNCTION_WORDS = new Set(
  // German
  (
    'der die das und ich nicht ist ein eine es zu sie wir mit den dem ihr ihnen sehr bitte danke auf für wird kann ' +
    // Spanish / Portuguese / Italian
    'el la los las y que de lo por para una es con su sus muy gracias usted le se del al pero nos não uma com você ' +
    'il che di per non sono della mi ti ci ho hai è ' +
    // French
    'le les et je ne pas est un une du des vous nous avec pour merci très suis votre êtes sera ' +
    // Dutch / Polish
    'het een niet wij jij dank ik nie jest się na za przepraszam'
  ).split(' '),
);

const SUBJECTS = new Set(['i', 'we', 'you', 'it', 'they', 'he', 'she', 'that', 'this', 'there', 'let']);

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const NON_ENGLISH_LETTER = /[^\p{Script=Latin}\p{N}'’-]|[À-ÖØ-öø-ÿĀ-ſ]/u;

/** The little word under a contraction: "won't" → "will", "didn't" → "did", "it's" → "it". */
function baseOf(word: string): string {
  if (word === "won't") return 'will';
  if (word === "can't") return 'can';
  if (word === "shan't") return 'shall';
  return word.replace(/n't$/, '').replace(/'.*$/, '');
}

/** Plain word split, independent of any language library, so other languages are counted fairly. */
function plainWords(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/’/g, "'"));
}

export interface FormReport {
  form: TextForm;
  words: number;
}

/**
 * How the text reads as a whole; `reading` is the language library's view of the same text. A
 * definition may be a noun phrase without a verb ("Consistent, timely delivery with after-sales
 * support"), so for definitions only the list and repetition checks apply.
 */
export function textForm(
  typed: string,
  reading: Reading,
  kind: 'reply' | 'definition' = 'reply',
): FormReport {
  const text = fixTypingSlips(typed);
  const words = plainWords(text);
  if (words.length === 0) return { form: 'empty', words: 0 };
  if (words.length < 3) return { form: 'too-short', words: words.length };

  const english = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(baseOf(w))).length;
  const foreign = words.filter((w) => FOREIGN_FUNCTION_WORDS.has(w) && !ENGLISH_FUNCTION_WORDS.has(w)).length;
  const oddLetters = words.filter((w) => NON_ENGLISH_LETTER.test(w)).length;
  const englishShare = english / words.length;
  if ((foreign >= 2 && foreign > english) || (englishShare < 0.12 && (foreign > 0 || oddLetters > 0))) {
    return { form: 'not-english', words: words.length };
  }

  if (isKeywordList(text, words, englishShare, reading, kind))
    return { form: 'keyword-list', words: words.length };
  return { form: 'ok', words: words.length };
}

function isKeywordList(
  text: string,
  words: string[],
  englishShare: number,
  reading: Reading,
  kind: 'reply' | 'definition',
): boolean {
  // Almost no little words: no sentence holds these together.
  if (words.length >= 4 && englishShare < (kind === 'reply' ? 0.2 : 0.1)) return true;
  // Items split by commas, slashes, lines or full stops, most of them one or two words long.
  const items = text
    .split(/[,;/\n|•·]+|\.\s|\s[-–—+]\s/)
    .map((s) => plainWords(s).length)
    .filter((n) => n > 0);
  const tiny = items.filter((n) => n <= 2).length;
  if (items.length >= 4 && tiny / items.length >= 0.6) return true;
  // Items split by slashes or bars: nobody talks to a customer like that.
  if ((text.match(/\s[/|]\s|[/|]/g) ?? []).length >= 3) return true;
  // The same few words over and over.
  const lemmas = wordsOf(reading).map((t) => t.lemma);
  if (lemmas.length >= 8 && new Set(lemmas).size / lemmas.length <= 0.6) return true;
  if (kind === 'definition') return false;
  // A long run of words with no little word between them: nouns and adjectives strung together
  // ("sorry mistake new box next day courier Quay Street today"), whatever comes after.
  if (longestContentRun(text) >= 7) return true;
  // No verb anywhere in a text of several words: a list of nouns and adjectives.
  const hasVerb = reading.tokens.some((t) => t.pos === 'verb' || t.pos === 'aux');
  if (words.length >= 5 && !hasVerb) return true;
  // Several words and nobody doing anything: no subject, no auxiliary verb, and no instruction (a
  // verb with the little words of a phrase: "Maybe learn to read a calendar", "Leave us a review").
  const hasFrame = reading.tokens.some(
    (t) =>
      t.pos === 'aux' ||
      SUBJECTS.has(t.word) ||
      (t.pos === 'verb' && reading.tokens.some((u) => u.sentence === t.sentence && PHRASE_WORDS.has(u.word))),
  );
  return words.length >= 5 && !hasFrame;
}

/** Little words that hold a phrase together around a verb. */
const PHRASE_WORDS = new Set(['a', 'an', 'the', 'to', 'for', 'with', 'on', 'at', 'in']);

/**
 * The most words in a row, ignoring numbers, with none of English's little words and no punctuation
 * among them (a list written with commas is judged by its items instead).
 */
function longestContentRun(text: string): number {
  let longest = 0;
  for (const part of text.split(/[,;:.!?()\n]/)) {
    let run = 0;
    for (const w of plainWords(part)) {
      if (ENGLISH_FUNCTION_WORDS.has(baseOf(w))) run = 0;
      else if (!/^\d/.test(w)) longest = Math.max(longest, ++run);
    }
  }
  return longest;
}
