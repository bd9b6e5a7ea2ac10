/**
 * Reads a learner's definition for the ideas a complete definition carries, the same way the reply
 * coach reads replies: with the English reader (lemmas, parts of speech, negation scope), by cues
 * written in the content (`lessons/definitions/definitions.json`, see `src/domain/lib/language/cues.ts`).
 *
 * - An idea counts when one of its cues matches and the idea's word is not negated: "reliable service"
 *   counts for consistency, "service does not need to be consistent" does not. A negated idea is reported
 *   as such, so the learner sees why it was not credited.
 * - A list of words without sentences, a word or two, and text in another language are coached, never
 *   credited (see `text-form.ts`).
 * - The verdict for one term compares the ideas found with the term's own ideas: good when enough of
 *   them (and any essential one) are there, partial when some are, weak when none are.
 *
 * This is an automatic reading, and the screen says so: the learner always sees the model definition
 * beside their own words to judge for themselves.
 */
import { findAnyCue } from '../lib/language/cues';
import type { Reading } from '../lib/language/reading';
import { quote, withNegator } from '../lib/language/reading';
import { textForm } from '../lib/language/text-form';
import type { TextForm } from '../lib/language/text-form';

/** An idea a definition may carry, with the cues that recognise it. */
export interface Idea {
  id: string;
  label: string;
  /** One or two sentences for learners: what the idea means and why it matters. */
  explanation: string;
  /** True for the eight ideas of the complete definition of customer service. */
  key: boolean;
  /** Where the course teaches the idea, for hints that send the learner back to it. */
  taught?: TaughtAt;
  cues: readonly string[];
}

/** A place in a lesson: the lesson's slug, a section id, and the part of the section (a bold lead-in). */
export interface TaughtAt {
  lesson: string;
  section: string;
  part: string;
}

/** A term the learner defines, with the ideas a good definition of it carries. */
export interface Term {
  id: string;
  label: string;
  prompt: string;
  ideas: readonly string[];
  essential?: readonly string[];
  /** How many of `ideas` make a good definition. */
  goodAt: number;
  /** The course's own definition, shown beside the learner's. */
  model: string;
}

interface IdeaEvidence {
  id: string;
  label: string;
  /** The learner's words that showed (or negated) the idea, as written. */
  words: string;
}

export interface IdeaReading {
  form: TextForm;
  found: IdeaEvidence[];
  /** Ideas the learner mentioned only to negate them ("does not need to be consistent"). */
  negated: IdeaEvidence[];
}

/** Reads a text for the given ideas. */
export function readIdeas(text: string, reading: Reading, ideas: readonly Idea[]): IdeaReading {
  const { form } = textForm(text, reading, 'definition');
  if (form !== 'ok') return { form, found: [], negated: [] };
  const found: IdeaEvidence[] = [];
  const negated: IdeaEvidence[] = [];
  for (const idea of ideas) {
    const match = findAnyCue(reading, idea.cues);
    if (match) {
      found.push({ id: idea.id, label: idea.label, words: quote(match) });
      continue;
    }
    const plain = idea.cues.filter((c) => !/^[-+=]/.test(c.trim()));
    const denied = findAnyCue(
      reading,
      plain.map((c) => `-${c}`),
    );
    if (denied) negated.push({ id: idea.id, label: idea.label, words: quote(withNegator(reading, denied)) });
  }
  return { form, found, negated };
}

export type DefinitionVerdict = 'good' | 'partial' | 'weak' | 'coached';

export interface DefinitionJudgement {
  verdict: DefinitionVerdict;
  reading: IdeaReading;
  /** The term's ideas found, in the term's order. */
  found: IdeaEvidence[];
  /** The term's ideas not found, in the term's order. */
  missing: Idea[];
  /** The term's ideas the learner negated. */
  negated: IdeaEvidence[];
  /** What the screen says, in plain sentences. */
  summary: string;
}

const FORM_COACHING: Record<Exclude<TextForm, 'ok'>, string> = {
  empty: 'Nothing written yet. Write what the word means to you, in a sentence or two.',
  'too-short': 'A word or two is not yet a definition. Say what the word means in a sentence.',
  'keyword-list':
    'This reads as a list of words rather than a definition. Write it as a sentence; the automatic reading looks at what your sentence says, not which words appear.',
  'not-english':
    'The automatic reading only understands English, so it cannot read this. Compare your words with the model definition yourself, or write them in English.',
};

/** Judges one term's definition against the term's ideas. */
export function judgeDefinition(
  term: Term,
  text: string,
  reading: Reading,
  ideas: readonly Idea[],
): DefinitionJudgement {
  const own = term.ideas
    .map((id) => ideas.find((i) => i.id === id))
    .filter((i): i is Idea => i !== undefined);
  const read = readIdeas(text, reading, own);
  if (read.form !== 'ok') {
    return {
      verdict: 'coached',
      reading: read,
      found: [],
      missing: own,
      negated: [],
      summary: FORM_COACHING[read.form],
    };
  }
  const foundIds = new Set(read.found.map((f) => f.id));
  const missing = own.filter((i) => !foundIds.has(i.id));
  const essentials = (term.essential ?? []).every((id) => foundIds.has(id));
  const verdict: DefinitionVerdict =
    read.found.length >= term.goodAt && essentials ? 'good' : read.found.length > 0 ? 'partial' : 'weak';
  const parts: string[] = [];
  if (read.found.length > 0) parts.push(`It carries ${list(read.found.map((f) => f.label.toLowerCase()))}.`);
  for (const n of read.negated) {
    parts.push(`“${n.words}” says the opposite of ${n.label.toLowerCase()}, so it is not counted.`);
  }
  if (missing.length > 0) parts.push(`To add: ${list(missing.map((m) => m.label.toLowerCase()))}.`);
  if (read.found.length === 0 && read.negated.length === 0) {
    parts.unshift('The automatic reading found none of the ideas this definition needs.');
  }
  return {
    verdict,
    reading: read,
    found: read.found,
    missing,
    negated: read.negated,
    summary: parts.join(' '),
  };
}

const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;

export interface ConceptMatch {
  /** Key ideas found in any of the texts, in content order. */
  covered: IdeaEvidence[];
  /** Key ideas found in none, in content order. */
  missing: Idea[];
}

/** Which of the key ideas the learner's texts, read together, cover. */
export function matchKeyIdeas(
  texts: readonly string[],
  read: (text: string) => Reading,
  ideas: readonly Idea[],
) {
  const key = ideas.filter((i) => i.key);
  const covered: IdeaEvidence[] = [];
  for (const idea of key) {
    for (const text of texts) {
      const found = readIdeas(text, read(text), [idea]).found[0];
      if (found) {
        covered.push(found);
        break;
      }
    }
  }
  const ids = new Set(covered.map((c) => c.id));
  return { covered, missing: key.filter((i) => !ids.has(i.id)) } satisfies ConceptMatch;
}
