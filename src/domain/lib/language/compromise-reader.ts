/**
 * The English reader, over compromise (MIT, runs on the device, no network). This module and the
 * library are loaded only when a learner reaches a typed reply or the definitions exercise: import it
 * with `import()` (see `src/components/activities/language/load-reader.ts`), never statically from
 * code on the first screen. See docs/decisions/0014-language-library.md for why compromise.
 *
 * compromise/two is enough: tokens, contractions expanded, part-of-speech tags, lemmas ("root") and
 * sentences. The larger build adds phrase helpers this course does not use.
 */
import nlp from 'compromise/two';
import { makeReader } from './reading';
import type { Pos, RawToken, Reader } from './reading';

interface CompromiseTerm {
  text: string;
  normal: string;
  implicit?: string;
  root?: string;
  post: string;
  tags: string[];
}

/** compromise tags, most specific first, mapped to the course's parts of speech. */
const TAG_TO_POS: readonly [string, Pos][] = [
  ['Negative', 'neg'],
  ['QuestionWord', 'wh'],
  ['Pronoun', 'pron'],
  ['Auxiliary', 'aux'],
  ['Modal', 'aux'],
  ['Copula', 'aux'],
  ['Verb', 'verb'],
  ['Value', 'num'],
  ['Adjective', 'adj'],
  ['Adverb', 'adv'],
  ['Determiner', 'det'],
  ['Preposition', 'prep'],
  ['Conjunction', 'conj'],
  ['Noun', 'noun'],
];

function posOf(tags: readonly string[]): Pos {
  for (const [tag, pos] of TAG_TO_POS) if (tags.includes(tag)) return pos;
  return 'other';
}

const clean = (s: string) => s.toLowerCase().replace(/[’‘ʼ]/g, "'");

/**
 * compromise leaves a few -ing forms as they are ("ringing"); take the ending off so the verb's own
 * form is matched ("ring"), undoubling a final consonant ("stopping" → "stop").
 */
function verbLemma(word: string, lemma: string, pos: Pos): string {
  if (pos !== 'verb' || lemma !== word || !/^[a-z]{3,}ing$/.test(word)) return lemma;
  const stem = word.slice(0, -3);
  return /([b-df-hj-np-tv-z])\1$/.test(stem) && !/(ll|ss)$/.test(stem) ? stem.slice(0, -1) : stem;
}

/** Raw tokens of a text, read by compromise. */
function tokeniseWithCompromise(text: string): RawToken[] {
  const doc = nlp(text);
  doc.compute('root');
  const sentences = doc.json({ terms: { normal: true } }) as { terms: CompromiseTerm[] }[];
  const out: RawToken[] = [];
  sentences.forEach((s, sentence) => {
    for (const t of s.terms) {
      const word = clean(t.implicit ?? t.normal).replace(/'s$/, '');
      if (word === '' && !t.tags.includes('Negative')) continue;
      const pos = posOf(t.tags);
      const lemma = clean(t.root ?? t.implicit ?? t.normal).replace(/'s$/, '') || 'not';
      out.push({
        text: t.text,
        word: word === '' ? 'not' : word,
        lemma: verbLemma(word, lemma, pos),
        pos,
        sentence,
        after: t.post,
        possessive: t.tags.includes('Possessive') && !t.tags.includes('Pronoun'),
      });
    }
  });
  return out;
}

export const readEnglish: Reader = makeReader(tokeniseWithCompromise);
