/**
 * A reading of a short English text: its words with lemma, part of speech, sentence, clause and
 * whether a negation covers them. A language library (see `compromise-reader.ts`) supplies tokens,
 * lemmas, parts of speech and sentences; the negation scope and clauses are worked out here, the
 * same way whichever library tokenised the text, so the rules can be read and tested in one place.
 *
 * Negation scope: a negator ("not", "n't", "never", "no", "nothing", "without", "cannot", …) covers
 * the words after it up to the end of its clause. A clause ends at punctuation, at a contrasting or
 * causal conjunction ("but", "although", "because", "so", "instead"…), and at "and"/"or" followed by
 * a new subject ("I won't refund it, and I'll replace it": "replace" is not negated). Idioms that
 * contain a negator but are positive negate nothing: "not only", "not just", "no problem",
 * "no worries", "no later than", "without delay", "without fail", "never mind", "no wonder".
 */
import { fixTypingSlips } from './typing-slips';

export type Pos =
  | 'noun'
  | 'pron'
  | 'verb'
  | 'aux'
  | 'adj'
  | 'adv'
  | 'det'
  | 'prep'
  | 'conj'
  | 'neg'
  | 'num'
  | 'wh'
  | 'punct'
  | 'other';

/** What a language library gives for one word. */
export interface RawToken {
  /** The word as typed (may be empty for the hidden half of a contraction). */
  text: string;
  /** Lower-case word form, contractions expanded ("won't" → "will" + "not"). */
  word: string;
  /** Dictionary form: "apologised" → "apologise", "refunds" → "refund". */
  lemma: string;
  pos: Pos;
  /** Index of the sentence the word belongs to. */
  sentence: number;
  /** Punctuation typed right after the word (",", ". ", "?"), if any. */
  after: string;
  /** True for a possessive form ("tomorrow's", "supplier's"). */
  possessive: boolean;
}

export interface Token extends RawToken {
  /** Index of the clause, counted over the whole text. */
  clause: number;
  /** True when a negator earlier in the same clause covers this word. */
  negated: boolean;
  /** True for a negator that negates (not one inside a positive idiom). */
  negator: boolean;
}

export interface Reading {
  text: string;
  tokens: Token[];
  /** How many sentences the library found. */
  sentences: number;
}

/** Turns text into raw tokens. Implemented over a language library; loaded on demand. */
export type Tokeniser = (text: string) => RawToken[];

/** Reads a text: the tokeniser's words with clauses and negation scope added. */
export type Reader = (text: string) => Reading;

const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'nothing',
  'nobody',
  'none',
  'neither',
  'nor',
  'without',
  'cannot',
  'hardly',
  'nowhere',
]);

/** Two-word idioms whose negator negates nothing. */
const POSITIVE_IDIOMS = new Set([
  'not only',
  'not just',
  'no problem',
  'no worries',
  'no trouble',
  'no doubt',
  'no later',
  'not later',
  'without delay',
  'without fail',
  'without question',
  'without hesitation',
  'never mind',
  'no sooner',
  'no wonder',
  'not bad',
]);

const CLAUSE_CONJUNCTIONS = new Set([
  'but',
  'although',
  'though',
  'however',
  'yet',
  'because',
  'so',
  'instead',
  'while',
  'whereas',
  'unless',
  'otherwise',
  'then',
]);

/** "a while", "for now", "so so": words after which a conjunction is not one. */
const NOT_BEFORE_CONJUNCTION = new Set(['a', 'the', 'for', 'and', 'or', 'even', 'just', 'so', 'by']);

const SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it', 'let', 'that', 'this', 'there']);

/** Punctuation that ends a clause. */
const CLAUSE_PUNCTUATION = /[.,;:!?()\u2013\u2014]|\s-\s/;

/** Adds clauses and negation scope to a library's tokens. */
function scopeNegation(raw: readonly RawToken[]): Token[] {
  const tokens: Token[] = [];
  let clause = 0;
  let negating = false;
  let sentence = raw[0]?.sentence ?? 0;
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i] as RawToken;
    const next = raw[i + 1];
    if (t.sentence !== sentence) {
      sentence = t.sentence;
      clause++;
      negating = false;
    }
    const prev = raw[i - 1];
    const startsClause =
      (CLAUSE_CONJUNCTIONS.has(t.word) && !(prev && NOT_BEFORE_CONJUNCTION.has(prev.word))) ||
      ((t.word === 'and' || t.word === 'or') && next !== undefined && SUBJECTS.has(next.word));
    if (startsClause && tokens.length > 0) {
      clause++;
      negating = false;
    }
    const pair = next ? `${t.word} ${next.word}` : '';
    const isNegator = (NEGATORS.has(t.word) || t.pos === 'neg') && !POSITIVE_IDIOMS.has(pair);
    tokens.push({ ...t, clause, negated: negating && !isNegator, negator: isNegator });
    if (isNegator) negating = true;
    if (CLAUSE_PUNCTUATION.test(t.after)) {
      clause++;
      negating = false;
    }
  }
  return tokens;
}

/** A reader over a tokeniser. Typing slips ("ill send it tomorow") are put right first. */
export function makeReader(tokenise: Tokeniser): Reader {
  return (text: string) => {
    const tokens = scopeNegation(tokenise(fixTypingSlips(text)));
    const sentences = tokens.length === 0 ? 0 : new Set(tokens.map((t) => t.sentence)).size;
    return { text, tokens, sentences };
  };
}

/** Words only: no punctuation tokens and no empty halves of contractions. */
export const wordsOf = (reading: Reading): Token[] =>
  reading.tokens.filter((t) => t.pos !== 'punct' && /[\p{L}\p{N}]/u.test(t.word));

/** The typed words of a span of tokens, for quoting back to the learner. */
export function quote(tokens: readonly Token[]): string {
  return tokens
    .map((t, i) => (i < tokens.length - 1 ? t.text + t.after : t.text))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The span widened back to the negator that covers its first word, so "not … consistent" is quoted whole. */
export function withNegator(reading: Reading, span: readonly Token[]): Token[] {
  const first = span[0];
  if (!first) return [...span];
  const start = reading.tokens.indexOf(first);
  for (let i = start - 1; i >= 0; i--) {
    const t = reading.tokens[i] as Token;
    if (t.clause !== first.clause) break;
    if (t.negator) {
      // Take in the auxiliary the negator leans on: "does not", "is not", "won't".
      const from = i > 0 && reading.tokens[i - 1]?.pos === 'aux' ? i - 1 : i;
      return [...reading.tokens.slice(from, start), ...span];
    }
  }
  return [...span];
}
