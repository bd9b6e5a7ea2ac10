/**
 * The concept matcher for the definitions exercise: which key ideas of a complete definition of
 * customer service a learner's own words touch on, and which they leave out.
 *
 * How it reads text:
 * - Text is split into clauses at . , ; : ! ? and line breaks; a phrase never spans two clauses and
 *   a negation never reaches into the next clause.
 * - Each word is normalised (case, accents, apostrophes: "isn’t" → "isnt") and lightly stemmed, so
 *   "consistent", "consistency", "consistently" and "consistencies" are one word, as are
 *   "exceed", "exceeds", "exceeded", "exceeding". Phrases are stemmed the same way.
 * - Every listed phrase of every concept is looked for. Where phrases overlap, the longest wins
 *   ("fair price" is cost, not fairness), and a phrase that contains a negative word is positive as
 *   written: "without delay", "no favourites", "never late", "without fail".
 * - A negative word ("not", "never", "no", "isn't", "without", "lack", ...) up to three words before a
 *   phrase cancels it: "not consistent", "never on time" do not count. A negative adjective ("poor",
 *   "bad", "low", "inconsistent") cancels only the phrase right after it: "poor quality".
 *   "not only" / "not just" is not a negation, and "but", "yet", "although" end its reach.
 *   A negative word that is part of another matched phrase negates nothing.
 * - Decided near-misses: "consist"/"consists" (to be made of) do not count for consistency, nor
 *   "inconsistent" or "unreliable". "constant"/"constantly" do not count either: they describe how
 *   often, not how reliably ("constant delays"), so a learner should name consistency itself.
 *   "time" alone is not timeliness (only "timely", "on time", "in time", ...), and "value" alone is
 *   not value beyond expectation (it needs "exceed", "beyond expectations", "added value", ...).
 */
import { normaliseAnswer } from '../lib/text-normalise';

export interface KeyConcept {
  id: string;
  label: string;
  /** One or two sentences for learners: what the idea means and why it matters. */
  explanation: string;
  /** Words and phrases that show the idea; matched after normalising and stemming. */
  phrases: readonly string[];
}

/** The eight key ideas of a complete definition of customer service, in the order they are taught. */
export const KEY_CONCEPTS = [
  {
    id: 'value-beyond-expectation',
    label: 'Value beyond expectation',
    explanation:
      'Meeting expectations is the starting line. A complete definition aims to give the customer more value than they expected.',
    phrases: [
      'exceed',
      'exceeds expectations',
      'beyond expectation',
      'beyond what',
      'above expectation',
      'above and beyond',
      'over and above',
      'more than expected',
      'more than they expect',
      'more than the customer expect',
      'better than expected',
      'higher than expected',
      'surpass',
      'extra mile',
      'add value',
      'added value',
      'create value',
      'creates value',
      'extra value',
      'more value',
      'higher value',
      'greater value',
      'delight',
    ],
  },
  {
    id: 'consistency',
    label: 'Consistency',
    explanation:
      'Good service once is luck. It has to be just as good every time, with every colleague, on every channel.',
    phrases: [
      'consistent',
      'every time',
      'each time',
      'every single time',
      'always',
      'reliable',
      'dependable',
      'without fail',
      'never fail',
      'same standard',
      'same high standard',
      'time after time',
      'day in day out',
    ],
  },
  {
    id: 'cost-effective',
    label: 'Cost-effective',
    explanation:
      'Service has to make sense for the business as well as the customer: no waste, good value for money on both sides.',
    phrases: [
      'cost effective',
      'cost efficient',
      'value for money',
      'good value',
      'affordable',
      'reasonable price',
      'reasonably priced',
      'reasonable cost',
      'sensible cost',
      'fair price',
      'economical',
      'efficient',
      'without waste',
      'no waste',
      'low cost',
    ],
  },
  {
    id: 'timely',
    label: 'Timely',
    explanation:
      'Help that arrives late is worth less. Service is delivered when the customer needs it, without making them wait.',
    phrases: [
      'timely',
      'on time',
      'in time',
      'in good time',
      'prompt',
      'quick',
      'fast',
      'speedy',
      'swift',
      'rapid',
      'punctual',
      'without delay',
      'without any delay',
      'no delay',
      'never late',
      'right away',
      'straight away',
      'as soon as possible',
      'no waiting',
      'no wait',
      'without waiting',
      'dont have to wait',
      'do not have to wait',
      'never have to wait',
      'not kept waiting',
    ],
  },
  {
    id: 'quality-accuracy',
    label: 'Quality and accuracy',
    explanation:
      'What the customer gets is right: the right product, the right information, done well the first time.',
    phrases: [
      'quality',
      'accurate',
      'accuracy',
      'correct',
      'right first time',
      'error free',
      'without error',
      'no error',
      'no mistake',
      'without mistake',
      'precise',
      'high standard',
      'done well',
      'good condition',
    ],
  },
  {
    id: 'after-sales',
    label: 'After-sales support',
    explanation:
      'Service does not stop once the customer has paid. Support after the sale is part of the promise.',
    phrases: [
      'after sales',
      'after sale',
      'after the sale',
      'after purchase',
      'after the purchase',
      'after a purchase',
      'after they buy',
      'after buying',
      'follow up',
      'follow through',
      'aftercare',
      'after care',
      'support afterwards',
      'support after',
      'help afterwards',
      'ongoing support',
      'continued support',
      'continuing support',
    ],
  },
  {
    id: 'non-bias',
    label: 'Non-bias',
    explanation: 'Every customer gets the same standard of care, whoever they are and whatever they spend.',
    phrases: [
      'fair',
      'fairness',
      'equal',
      'equality',
      'without bias',
      'no bias',
      'non bias',
      'non biased',
      'unbiased',
      'not biased',
      'impartial',
      'no favourites',
      'no favorites',
      'no favouritism',
      'no favoritism',
      'without favouritism',
      'without favoritism',
      'regardless of',
      'without discrimination',
      'no discrimination',
      'without prejudice',
      'same for everyone',
      'same respect',
    ],
  },
  {
    id: 'everyone-in-need',
    label: 'Every person who needs it',
    explanation:
      'Your customer is anyone who needs your products or services: inside or outside the business, buying today or not.',
    phrases: [
      'every person',
      'everyone',
      'everybody',
      'anyone',
      'anybody',
      'whoever',
      'every customer',
      'all customer',
      'each customer',
      'every client',
      'all client',
      'all people',
      'every person who need',
      'anyone who need',
      'whoever need',
      'internal and external',
      'internal or external',
    ],
  },
] as const satisfies readonly KeyConcept[];

export type ConceptId = (typeof KEY_CONCEPTS)[number]['id'];

export interface CoveredConcept {
  id: ConceptId;
  label: string;
  /** The learner's own words that showed the idea, as written. */
  evidence: string;
}

export interface MissingConcept {
  id: ConceptId;
  label: string;
  explanation: string;
}

export interface ConceptMatch {
  /** In KEY_CONCEPTS order. */
  covered: CoveredConcept[];
  /** In KEY_CONCEPTS order. */
  missing: MissingConcept[];
}

// ---------------------------------------------------------------------------------------------
// Stemming

/** Words whose "-ly" is part of the word, not an adverb ending. */
const LY_KEEP = new Set([
  'timely',
  'early',
  'only',
  'family',
  'supply',
  'apply',
  'reply',
  'rely',
  'daily',
  'likely',
  'friendly',
]);

const stripSuffix = (word: string, suffix: string, replacement = ''): string | null => {
  if (!word.endsWith(suffix)) return null;
  const stem = word.slice(0, word.length - suffix.length);
  return stem.length >= 3 ? stem + replacement : null;
};

/** Plural, past and -ing endings. */
function stemInflection(word: string): string {
  if (word.length <= 3) return word;
  return (
    stripSuffix(word, 'sses', 'ss') ??
    stripSuffix(word, 'ies', 'y') ??
    stripSuffix(word, 'ied', 'y') ??
    (/(?:ss|us|is|as|os)$/.test(word) ? word : stripSuffix(word, 's')) ??
    (word.endsWith('eed') ? word : stripSuffix(word, 'ed')) ??
    stripSuffix(word, 'ing') ??
    word
  );
}

/** Endings that make adverbs and nouns of adjectives: -ly, -ness, -ency, -ability, -ation. */
function stemDerivation(word: string): string {
  if (LY_KEEP.has(word)) return word;
  return (
    stripSuffix(word, 'iness', 'y') ??
    stripSuffix(word, 'ness') ??
    stripSuffix(word, 'ability', 'able') ??
    stripSuffix(word, 'ibility', 'ible') ??
    stripSuffix(word, 'ably', 'able') ??
    stripSuffix(word, 'ibly', 'ible') ??
    stripSuffix(word, 'ently', 'ent') ??
    stripSuffix(word, 'ency', 'ent') ??
    stripSuffix(word, 'ence', 'ent') ??
    stripSuffix(word, 'ation') ??
    stripSuffix(word, 'ily', 'y') ??
    stripSuffix(word, 'ly') ??
    word
  );
}

/** A light stemmer: enough to treat "consistent", "consistency" and "consistently" as one word. */
export function stem(word: string): string {
  return stemDerivation(stemInflection(word));
}

// ---------------------------------------------------------------------------------------------
// Tokens

interface Token {
  /** Normalised word, e.g. "isnt". */
  word: string;
  stem: string;
  /** Clause number within the text. */
  clause: number;
  /** Position in the original text. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}\p{M}]+(?:['’‘ʼ][\p{L}\p{N}\p{M}]+)*|&/gu;
const CLAUSE_BREAK = /[.,;:!?()\n\u2026]/;

function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let clause = 0;
  let lastEnd = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    if (CLAUSE_BREAK.test(text.slice(lastEnd, start))) clause += 1;
    lastEnd = end;
    // Normalising can split a word in two (e.g. a ligature or symbol inside it); keep each part.
    for (const word of normaliseAnswer(m[0]).split(' ')) {
      if (word !== '') tokens.push({ word, stem: stem(word), clause, start, end });
    }
  }
  return tokens;
}

const phraseStems = (phrase: string): string[] =>
  normaliseAnswer(phrase)
    .split(' ')
    .filter((w) => w !== '')
    .map(stem);

const COMPILED = KEY_CONCEPTS.map((concept) => ({
  concept,
  phrases: concept.phrases.map(phraseStems).filter((p) => p.length > 0),
}));

// ---------------------------------------------------------------------------------------------
// Negation

const NEGATORS = new Set([
  'not',
  'never',
  'no',
  'none',
  'nor',
  'neither',
  'without',
  'hardly',
  'rarely',
  'seldom',
  'isnt',
  'arent',
  'wasnt',
  'werent',
  'dont',
  'doesnt',
  'didnt',
  'cant',
  'cannot',
  'couldnt',
  'wont',
  'wouldnt',
  'shouldnt',
  'lack',
  'lacks',
  'lacking',
  'lacked',
]);
/** Negative words that only cancel the phrase right after them: "poor quality", "low quality". */
const NEGATIVE_MODIFIERS = new Set(['poor', 'bad', 'low', 'lower', 'terrible', 'awful', 'inconsistent']);
/** Words after "not" that make it "not only ... but also", which is not a negation. */
const NOT_ONLY = new Set(['only', 'just', 'merely', 'simply']);
/** Words that end a negation's reach. */
const SCOPE_BREAKERS = new Set(['but', 'yet', 'although', 'though', 'however', 'whereas', 'while']);
/** How many words before a phrase a negative word still cancels it. */
export const NEGATION_WINDOW = 3;

interface Occurrence {
  conceptIndex: number;
  start: number;
  /** Exclusive. */
  end: number;
}

function findOccurrences(tokens: readonly Token[]): Occurrence[] {
  const found: Occurrence[] = [];
  COMPILED.forEach(({ phrases }, conceptIndex) => {
    for (const phrase of phrases) {
      for (let i = 0; i + phrase.length <= tokens.length; i += 1) {
        const clause = tokens[i]?.clause;
        if (phrase.every((s, k) => tokens[i + k]?.stem === s && tokens[i + k]?.clause === clause)) {
          found.push({ conceptIndex, start: i, end: i + phrase.length });
        }
      }
    }
  });
  // Longest first, then leftmost: an occurrence overlapping one already kept is dropped.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Set<number>();
  const kept: Occurrence[] = [];
  for (const occ of found) {
    let free = true;
    for (let i = occ.start; i < occ.end; i += 1) if (taken.has(i)) free = false;
    if (!free) continue;
    for (let i = occ.start; i < occ.end; i += 1) taken.add(i);
    kept.push(occ);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function isNegated(tokens: readonly Token[], occ: Occurrence, inPhrase: ReadonlySet<number>): boolean {
  const clause = tokens[occ.start]?.clause;
  for (let i = occ.start - 1; i >= Math.max(0, occ.start - NEGATION_WINDOW); i -= 1) {
    const token = tokens[i];
    if (!token || token.clause !== clause || SCOPE_BREAKERS.has(token.word)) return false;
    if (inPhrase.has(i)) continue;
    if (i === occ.start - 1 && NEGATIVE_MODIFIERS.has(token.word)) return true;
    if (!NEGATORS.has(token.word)) continue;
    const next = tokens[i + 1];
    if (token.word === 'not' && next && NOT_ONLY.has(next.word)) continue;
    return true;
  }
  return false;
}

/**
 * Finds the key concepts in one or more texts (e.g. the learner's definitions of customer, service,
 * delivery and excellence, read together). A concept is covered when any text shows it without a
 * negation; the evidence is the first such passage, quoted as the learner wrote it.
 */
export function matchConcepts(input: string | readonly string[]): ConceptMatch {
  const texts = typeof input === 'string' ? [input] : input;
  const evidence = new Map<number, string>();
  for (const text of texts) {
    const tokens = tokenise(text);
    const occurrences = findOccurrences(tokens);
    const inPhrase = new Set<number>();
    for (const occ of occurrences) for (let i = occ.start; i < occ.end; i += 1) inPhrase.add(i);
    for (const occ of occurrences) {
      if (evidence.has(occ.conceptIndex) || isNegated(tokens, occ, inPhrase)) continue;
      const first = tokens[occ.start];
      const last = tokens[occ.end - 1];
      if (first && last) evidence.set(occ.conceptIndex, text.slice(first.start, last.end));
    }
  }
  const covered: CoveredConcept[] = [];
  const missing: MissingConcept[] = [];
  KEY_CONCEPTS.forEach((c, i) => {
    const found = evidence.get(i);
    if (found === undefined) missing.push({ id: c.id, label: c.label, explanation: c.explanation });
    else covered.push({ id: c.id, label: c.label, evidence: found });
  });
  return { covered, missing };
}
