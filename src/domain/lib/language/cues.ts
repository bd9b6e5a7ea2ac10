/**
 * Cues: small patterns over a reading's words, written as text so authors can read them.
 *
 *   "i|we will|can ~2 !replace|refund|swap"
 *
 * - Slots are separated by spaces; a slot lists alternatives separated by "|". An alternative is a
 *   word, matched against the word as typed (contractions expanded) or its lemma, so "refund" also
 *   matches "refunded" and "refunds"; "@verb" matches a part of speech; "*" matches any word.
 * - "~N" between two slots lets up to N words come between them.
 * - A slot ending in "?" may be missing.
 * - The head, marked "!" (or the last slot when none is marked), must not be negated: "I won't
 *   replace it" does not match. A cue starting with "-" needs its head negated instead ("I can't
 *   refund"); a cue starting with "+" ignores negation.
 * - A cue never reaches across a clause: "sorry, but" cannot join words from two clauses, unless the
 *   cue starts with "=" (one sentence is enough).
 * - A cue starting with "?" matches only in a question (its sentence ends with "?"): "how long is
 *   the ride?" asks, "I know how much it means" does not. A cue starting with "." matches only
 *   outside questions: "are you going anywhere on Saturday?" commits to nothing.
 * - A cue starting with ">" fails when a negator follows its head in the same clause: "a refund
 *   isn't possible" offers no refund.
 * - A first slot written "^our|my" is a guard: the word just before the match must not be one of these
 *   ("^our|my system ~4 !put" finds "the system put it" but not "our system put it").
 * - A head never matches a possessive ("tomorrow's van" is not a commitment to tomorrow).
 */
import type { Pos, Reading, Token } from './reading';
import { wordsOf } from './reading';

interface Slot {
  words: Set<string>;
  pos: Set<Pos>;
  any: boolean;
  optional: boolean;
  head: boolean;
  /** Words allowed between the previous slot and this one. */
  gap: number;
}

export interface Cue {
  source: string;
  /** Words that must not come just before the match. */
  notAfter: Set<string>;
  slots: Slot[];
  negation: 'forbidden' | 'required' | 'ignored';
  sameSentenceOnly: boolean;
  /** Whether the match must be in a question, outside one, or either. */
  question: 'only' | 'never' | 'either';
  /** No negator may follow the head in its clause. */
  notNegatedAfter: boolean;
}

const cueCache = new Map<string, Cue>();

/** Parses a cue; throws with the cue's text when it is malformed. */
export function parseCue(source: string): Cue {
  const cached = cueCache.get(source);
  if (cached) return cached;
  let text = source.trim();
  let negation: Cue['negation'] = 'forbidden';
  let sameSentenceOnly = false;
  let question: Cue['question'] = 'either';
  let notNegatedAfter = false;
  for (;;) {
    if (text.startsWith('?')) question = 'only';
    else if (text.startsWith('.')) question = 'never';
    else if (text.startsWith('>')) notNegatedAfter = true;
    else if (text.startsWith('-')) negation = 'required';
    else if (text.startsWith('+')) negation = 'ignored';
    else if (text.startsWith('=')) sameSentenceOnly = true;
    else break;
    text = text.slice(1).trim();
  }
  if (text === '') throw new Error(`Cue "${source}" is empty.`);
  const slots: Slot[] = [];
  const notAfter = new Set<string>();
  let gap = 0;
  for (const part of text.split(/\s+/)) {
    if (part.startsWith('^') && slots.length === 0) {
      for (const w of part.slice(1).split('|')) notAfter.add(w.toLowerCase());
      continue;
    }
    const g = /^~(\d+)$/.exec(part);
    if (g) {
      gap = Number(g[1]);
      continue;
    }
    let body = part;
    const head = body.startsWith('!');
    if (head) body = body.slice(1);
    const optional = body.endsWith('?');
    if (optional) body = body.slice(0, -1);
    if (body === '') throw new Error(`Cue "${source}" has an empty slot.`);
    const slot: Slot = { words: new Set(), pos: new Set(), any: false, optional, head, gap };
    for (const alt of body.split('|')) {
      if (alt === '*') slot.any = true;
      else if (alt.startsWith('@')) slot.pos.add(alt.slice(1) as Pos);
      else slot.words.add(alt.toLowerCase());
    }
    slots.push(slot);
    gap = 0;
  }
  if (slots.length === 0) throw new Error(`Cue "${source}" is empty.`);
  if (!slots.some((s) => s.head)) (slots.at(-1) as Slot).head = true;
  const cue: Cue = { source, notAfter, slots, negation, sameSentenceOnly, question, notNegatedAfter };
  cueCache.set(source, cue);
  return cue;
}

const slotMatches = (slot: Slot, t: Token) =>
  slot.any || slot.words.has(t.word) || slot.words.has(t.lemma) || slot.pos.has(t.pos);

interface Match {
  span: Token[];
  head: Token | null;
}

function matchFrom(
  cue: Cue,
  reading: Reading,
  words: readonly Token[],
  slotIndex: number,
  at: number,
  match: Match,
): Match | null {
  if (slotIndex === cue.slots.length) return match.head && fits(cue, reading, match.head) ? match : null;
  const slot = cue.slots[slotIndex] as Slot;
  const prev = match.span.at(-1);
  const maxGap = slotIndex === 0 ? 0 : slot.gap;
  for (let k = at; k < words.length && k <= at + maxGap; k++) {
    const t = words[k] as Token;
    if (prev) {
      if (t.sentence !== prev.sentence) break;
      if (!cue.sameSentenceOnly && t.clause !== prev.clause) break;
    }
    if (slotMatches(slot, t)) {
      const headOk =
        !slot.head ||
        (!t.possessive && cue.negation === 'ignored') ||
        (cue.negation === 'forbidden' ? !t.negated : t.negated || t.negator);
      if (headOk) {
        const next = { span: [...match.span, t], head: slot.head ? t : match.head };
        const found = matchFrom(cue, reading, words, slotIndex + 1, k + 1, next);
        if (found) return found;
      }
    }
  }
  if (slot.optional) return matchFrom(cue, reading, words, slotIndex + 1, at, match);
  return null;
}

/** Whether the sentence holding a token is a question: a "?" closes it. */
function inQuestion(reading: Reading, token: Token): boolean {
  return reading.tokens.some((t) => t.sentence === token.sentence && t.after.includes('?'));
}

/** Whether a negator follows the token in its clause. */
function negatedAfter(reading: Reading, token: Token): boolean {
  const at = reading.tokens.indexOf(token);
  return reading.tokens.slice(at + 1).some((t) => t.clause === token.clause && t.negator);
}

/** Whether a match meets the cue's conditions on the sentence and clause around its head. */
function fits(cue: Cue, reading: Reading, head: Token): boolean {
  if (cue.question !== 'either' && inQuestion(reading, head) !== (cue.question === 'only')) return false;
  return !(cue.notNegatedAfter && negatedAfter(reading, head));
}

/** The words of the first place the cue matches, or null. */
export function findCue(reading: Reading, source: string): Token[] | null {
  const cue = parseCue(source);
  const words = wordsOf(reading);
  for (let i = 0; i < words.length; i++) {
    const before = words[i - 1];
    if (before && cue.notAfter.has(before.word) && before.sentence === words[i]?.sentence) continue;
    const found = matchFrom(cue, reading, words, 0, i, { span: [], head: null });
    if (found && found.span.length > 0) return span(reading, found.span);
  }
  return null;
}

/** Every word from the first matched to the last, so the evidence reads as the learner wrote it. */
function span(reading: Reading, found: Token[]): Token[] {
  const first = reading.tokens.indexOf(found[0] as Token);
  const last = reading.tokens.indexOf(found.at(-1) as Token);
  return first < 0 || last < first ? found : reading.tokens.slice(first, last + 1);
}

/** The first of several cues that matches, with its words. */
export function findAnyCue(reading: Reading, sources: readonly string[]): Token[] | null {
  for (const source of sources) {
    const found = findCue(reading, source);
    if (found) return found;
  }
  return null;
}
