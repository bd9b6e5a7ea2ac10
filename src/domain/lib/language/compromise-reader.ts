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
      out.push({
        text: t.text,
        word: word === '' ? 'not' : word,
        lemma: clean(t.root ?? t.implicit ?? t.normal).replace(/'s$/, '') || 'not',
        pos: posOf(t.tags),
        sentence,
        after: t.post,
        possessive: t.tags.includes('Possessive') && !t.tags.includes('Pronoun'),
      });
    }
  });
  return out;
}

export const readEnglish: Reader = makeReader(tokeniseWithCompromise);
