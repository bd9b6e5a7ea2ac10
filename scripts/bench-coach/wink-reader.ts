/**
 * The same reader over wink-nlp and its English lite web model, used only by `npm run bench:coach` to
 * compare the two libraries on the corpus (see docs/decisions/0014-language-library.md). Not in the app.
 */
import winkNLP from 'wink-nlp';
import type { ItemSentence, ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { makeReader } from '../../src/domain/lib/language/reading';
import type { Pos, RawToken, Reader } from '../../src/domain/lib/language/reading';

const nlp = winkNLP(model);
const its = nlp.its;

const UD_TO_POS: Record<string, Pos> = {
  NOUN: 'noun',
  PROPN: 'noun',
  PRON: 'pron',
  VERB: 'verb',
  AUX: 'aux',
  ADJ: 'adj',
  ADV: 'adv',
  DET: 'det',
  ADP: 'prep',
  CCONJ: 'conj',
  SCONJ: 'conj',
  NUM: 'num',
  PUNCT: 'punct',
  SYM: 'punct',
  PART: 'other',
  INTJ: 'other',
  X: 'other',
};

/** Contraction halves as wink splits them, written out. */
const EXPANDED: Record<string, string> = {
  "n't": 'not',
  'n’t': 'not',
  "'ll": 'will',
  "'m": 'am',
  "'re": 'are',
  "'ve": 'have',
  "'d": 'would',
  wo: 'will',
  ca: 'can',
  sha: 'shall',
};

const QUESTION_WORDS = new Set(['what', 'which', 'who', 'when', 'where', 'why', 'how']);

function tokenise(text: string): RawToken[] {
  const doc = nlp.readDoc(text);
  const out: RawToken[] = [];
  doc.sentences().each((sentence: ItemSentence, index: number) => {
    sentence.tokens().each((token: ItemToken) => {
      const raw = token.out();
      const normal = raw.toLowerCase().replace(/’/g, "'");
      const ud = token.out(its.pos);
      const previous = out.at(-1);
      if (ud === 'PUNCT' || ud === 'SYM') {
        if (previous && previous.sentence === index) previous.after += raw + ' ';
        return;
      }
      if (normal === "'s" && ud === 'PART' && previous) {
        previous.possessive = true;
        return;
      }
      const word = EXPANDED[normal] ?? (normal === "'s" ? 'is' : normal);
      const lemma = EXPANDED[normal] ?? String(token.out(its.lemma as never)).toLowerCase();
      const pos: Pos =
        word === 'not' || word === 'never'
          ? 'neg'
          : QUESTION_WORDS.has(word)
            ? 'wh'
            : (UD_TO_POS[ud] ?? 'other');
      out.push({ text: raw, word, lemma, pos, sentence: index, after: '', possessive: false });
    });
  });
  return out;
}

export const readWithWink: Reader = makeReader(tokenise);
