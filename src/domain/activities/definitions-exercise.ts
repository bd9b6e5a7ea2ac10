/**
 * The definitions exercise: what customer service really means, built up in four steps.
 *
 * 1. Own words: the learner defines Customer, Service, Delivery and Excellence.
 * 2. Critique: for each of seven common definitions, the learner ticks what it leaves out.
 * 3. Build: the learner assembles a complete definition from elements, avoiding the distractors.
 * 4. Compare: their own words from step 1 are read for the key ideas, beside the model definitions.
 *
 * The content (terms, definitions, ideas, build elements) is authored in
 * `lessons/definitions/definitions.json` and checked by `src/content/definitions-schema.ts`; every rule
 * here takes it as an argument. The component only shows the results and stores `DefinitionsState`.
 */
import { lazySchema, z } from '../lib/zod-mini';
import type { Reading } from '../lib/language/reading';
import { judgeDefinition, matchKeyIdeas } from './concept-matcher';
import type { ConceptMatch, DefinitionJudgement, Idea, TaughtAt, Term } from './concept-matcher';
import { countWords } from './reflection';

export type DefinitionsStep = 1 | 2 | 3 | 4;

interface StepInfo {
  step: DefinitionsStep;
  title: string;
  instruction: string;
}

interface CritiqueChoice {
  id: string;
  label: string;
}

export interface CommonDefinition {
  id: string;
  /** A definition in wide use, shown quoted. */
  text: string;
  /** The choices this definition leaves out; every other choice it does cover. */
  misses: readonly string[];
  /** What the definition gets right and what it really leaves out. */
  feedback: string;
  /**
   * Notes on single choices: for each choice the definition covers, why (shown if the learner ticks
   * it as missing); for a few easy-to-overlook gaps, why it is missing (shown if not ticked).
   */
  notes: Readonly<Record<string, string>>;
}

interface BuildDistractor {
  id: string;
  label: string;
  /** The words this element adds to the sentence. */
  fragment: string;
  /** Why it is a trap. */
  explanation: string;
}

/** Everything the exercise shows, authored in lessons/definitions/. */
export interface DefinitionsContent {
  steps: readonly StepInfo[];
  terms: readonly Term[];
  critique: { choices: readonly CritiqueChoice[]; definitions: readonly CommonDefinition[] };
  build: {
    /** How the built sentence starts. */
    lead: string;
    /** How each key idea reads inside the built sentence. */
    elements: readonly { idea: string; fragment: string }[];
    distractors: readonly BuildDistractor[];
  };
  ideas: readonly Idea[];
  /** The complete definition, in the course's words. */
  complete: string;
}

/** Fewer words than this is not yet a definition. */
export const MIN_WORDS_PER_TERM = 3;
/** Longest text kept for one term. */
export const MAX_TERM_CHARS = 4000;

const keyIdeas = (content: DefinitionsContent): Idea[] => content.ideas.filter((i) => i.key);

// ---------------------------------------------------------------------------------------------
// Step 2: critique

interface CritiqueNote {
  choiceId: string;
  /** 'extra': ticked, but the definition covers it. 'missed': not ticked, but it is missing. */
  kind: 'extra' | 'missed';
  text: string;
}

export interface CritiqueJudgement {
  /** Gaps the learner spotted, in choice order. */
  hits: string[];
  /** Gaps the learner did not tick, in choice order. */
  missed: string[];
  /** Ticked, but the definition does cover them, in choice order. */
  extra: string[];
  /** True when the ticks are exactly the gaps. */
  allFound: boolean;
  /** What the definition gets right and leaves out. */
  feedback: string;
  /** Notes on the extra ticks, then on overlooked gaps. */
  notes: CritiqueNote[];
}

/** Judges the learner's ticks for one definition. Unknown choice ids are ignored; an unknown definition id throws. */
export function judgeCritique(
  content: DefinitionsContent,
  definitionId: string,
  selected: readonly string[],
): CritiqueJudgement {
  const definition = content.critique.definitions.find((d) => d.id === definitionId);
  if (!definition) throw new Error(`Unknown definition id "${definitionId}"`);
  const all = content.critique.choices.map((c) => c.id);
  const ticked = new Set(selected);
  const misses = new Set(definition.misses);
  const hits = all.filter((c) => ticked.has(c) && misses.has(c));
  const missed = all.filter((c) => !ticked.has(c) && misses.has(c));
  const extra = all.filter((c) => ticked.has(c) && !misses.has(c));
  const notes: CritiqueNote[] = [];
  for (const choiceId of extra) {
    const text = definition.notes[choiceId];
    if (text) notes.push({ choiceId, kind: 'extra', text });
  }
  for (const choiceId of missed) {
    const text = definition.notes[choiceId];
    if (text) notes.push({ choiceId, kind: 'missed', text });
  }
  return {
    hits,
    missed,
    extra,
    allFound: missed.length === 0 && extra.length === 0,
    feedback: definition.feedback,
    notes,
  };
}

// ---------------------------------------------------------------------------------------------
// Step 3: building a complete definition

export interface BuildElement {
  id: string;
  label: string;
  fragment: string;
  /** True for a trap that does not belong in a complete definition. */
  distractor: boolean;
  /** Why it belongs, or why it is a trap. */
  explanation: string;
}

const elementCache = new WeakMap<DefinitionsContent, BuildElement[]>();

/** The real elements (one per key idea, in teaching order) followed by the distractors; shuffle for display. */
export function buildElements(content: DefinitionsContent): BuildElement[] {
  let elements = elementCache.get(content);
  if (!elements) {
    elements = [
      ...keyIdeas(content).map((idea) => ({
        id: idea.id,
        label: idea.label,
        fragment:
          content.build.elements.find((e) => e.idea === idea.id)?.fragment ?? idea.label.toLowerCase(),
        distractor: false,
        explanation: idea.explanation,
      })),
      ...content.build.distractors.map((d) => ({ ...d, distractor: true })),
    ];
    elementCache.set(content, elements);
  }
  return elements;
}

export const buildElement = (content: DefinitionsContent, id: string): BuildElement | undefined =>
  buildElements(content).find((e) => e.id === id);

export interface BuildJudgement {
  /** Real elements chosen, in the learner's order. */
  correctElements: string[];
  /** Real elements not chosen, in teaching order. */
  missingElements: string[];
  /** Distractors chosen, in the learner's order. */
  distractorsChosen: string[];
  /** All real elements chosen and no distractor. */
  complete: boolean;
  /** The learner's definition as a sentence, elements in the order chosen. */
  sentence: string;
}

function joinList(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

/** Keeps known element ids, first occurrence only, in the given order. */
function cleanBuild(content: DefinitionsContent, ids: readonly string[]): string[] {
  const known = new Set(buildElements(content).map((e) => e.id));
  return [...new Set(ids)].filter((id) => known.has(id));
}

/**
 * Judges a built definition. Order is free-form: it shapes the sentence but never the judgement.
 * The definition is complete when every real element is chosen and no distractor is.
 * Unknown ids are ignored and repeats count once.
 */
export function judgeBuild(
  content: DefinitionsContent,
  selectedOrderedIds: readonly string[],
): BuildJudgement {
  const elements = cleanBuild(content, selectedOrderedIds)
    .map((id) => buildElement(content, id))
    .filter((e): e is BuildElement => e !== undefined);
  const correctElements = elements.filter((e) => !e.distractor).map((e) => e.id);
  const distractorsChosen = elements.filter((e) => e.distractor).map((e) => e.id);
  const missingElements = keyIdeas(content)
    .map((c) => c.id)
    .filter((id) => !correctElements.includes(id));
  const fragments = elements.map((e) => e.fragment);
  const lead = content.build.lead;
  const sentence = fragments.length === 0 ? `${lead}.` : `${lead} ${joinList(fragments)}.`;
  return {
    correctElements,
    missingElements,
    distractorsChosen,
    complete: missingElements.length === 0 && distractorsChosen.length === 0,
    sentence,
  };
}

/** Checks after which a hint also says what each missing idea is, for a learner still stuck. */
export const FULL_HINTS_AFTER_CHECKS = 3;

/** Where missing ideas are taught: one place, how many missing ideas it teaches, and (late on) what they are. */
export interface BuildHint {
  taught: TaughtAt;
  count: number;
  /** Empty before FULL_HINTS_AFTER_CHECKS checks: a hint points to the teaching, it does not give the answer. */
  explanations: string[];
}

/**
 * Hints for the missing elements after the learner's `checks`-th check: each place in the course that
 * teaches a missing idea, with how many it teaches, in teaching order. Only from the
 * FULL_HINTS_AFTER_CHECKS-th check on do they also say what each idea is.
 */
export function buildHints(
  content: DefinitionsContent,
  judgement: BuildJudgement,
  checks: number,
): BuildHint[] {
  const hints: BuildHint[] = [];
  for (const id of judgement.missingElements) {
    const idea = content.ideas.find((i) => i.id === id);
    if (!idea?.taught) continue;
    const { lesson, section, part } = idea.taught;
    let hint = hints.find(
      (h) => h.taught.lesson === lesson && h.taught.section === section && h.taught.part === part,
    );
    if (!hint) {
      hint = { taught: idea.taught, count: 0, explanations: [] };
      hints.push(hint);
    }
    hint.count += 1;
    if (checks >= FULL_HINTS_AFTER_CHECKS) hint.explanations.push(idea.explanation);
  }
  return hints;
}

// ---------------------------------------------------------------------------------------------
// Step 4: comparing the learner's own words

interface TermComparison {
  term: Term;
  text: string;
  judgement: DefinitionJudgement;
}

export interface Comparison {
  terms: TermComparison[];
  /** The key ideas the four texts cover together. */
  keyIdeas: ConceptMatch;
}

/** Reads each of the learner's definitions against its term's ideas, and all four for the key ideas. */
export function compareOwnWords(
  content: DefinitionsContent,
  words: Readonly<Record<string, string>>,
  read: (text: string) => Reading,
): Comparison {
  const terms = content.terms.map((term) => {
    const text = words[term.id] ?? '';
    return { term, text, judgement: judgeDefinition(term, text, read(text), content.ideas) };
  });
  return {
    terms,
    keyIdeas: matchKeyIdeas(
      terms.map((t) => t.text),
      read,
      content.ideas,
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Saved state

export interface CritiqueState {
  selected: string[];
  checked: boolean;
}

export interface DefinitionsState {
  version: 1;
  /** The step the learner is on. */
  step: DefinitionsStep;
  /** The learner's words, by term id. */
  words: Record<string, string>;
  /** The learner's critique, by definition id. */
  critiques: Record<string, CritiqueState>;
  /** Chosen build elements, in the learner's order. */
  build: string[];
  /** How many times the learner has run the comparison in step 4. */
  compareChecks: number;
}

const emptyCritique = (): CritiqueState => ({ selected: [], checked: false });

export const initialDefinitionsState = (content: DefinitionsContent): DefinitionsState => ({
  version: 1,
  step: 1,
  words: Object.fromEntries(content.terms.map((t) => [t.id, ''])),
  critiques: Object.fromEntries(content.critique.definitions.map((d) => [d.id, emptyCritique()])),
  build: [],
  compareChecks: 0,
});

const critiqueOf = (state: DefinitionsState, id: string): CritiqueState =>
  state.critiques[id] ?? emptyCritique();

/** Whether the learner has done what a step asks (not whether every answer was right). */
export function stepComplete(
  content: DefinitionsContent,
  state: DefinitionsState,
  step: DefinitionsStep,
): boolean {
  switch (step) {
    case 1:
      return content.terms.every((t) => countWords(state.words[t.id] ?? '') >= MIN_WORDS_PER_TERM);
    case 2:
      return content.critique.definitions.every((d) => critiqueOf(state, d.id).checked);
    case 3:
      return judgeBuild(content, state.build).complete;
    case 4:
      return state.compareChecks > 0;
  }
}

/**
 * The exercise is complete when the learner has written every term (at least MIN_WORDS_PER_TERM
 * words each), checked their critique of every definition, built a complete definition and run the
 * comparison at least once.
 */
export function definitionsComplete(content: DefinitionsContent, state: DefinitionsState): boolean {
  return ([1, 2, 3, 4] as const).every((step) => stepComplete(content, state, step));
}

// Transitions: next = f(state, ...). Each returns a new state and never changes its input.

export function setWord(state: DefinitionsState, termId: string, text: string): DefinitionsState {
  return { ...state, words: { ...state.words, [termId]: text.slice(0, MAX_TERM_CHARS) } };
}

/** Ticks or unticks a choice. A critique is locked once checked: the state comes back unchanged. */
export function toggleCritiqueChoice(
  content: DefinitionsContent,
  state: DefinitionsState,
  definitionId: string,
  choiceId: string,
): DefinitionsState {
  const critique = critiqueOf(state, definitionId);
  if (critique.checked) return state;
  const selected = critique.selected.includes(choiceId)
    ? critique.selected.filter((c) => c !== choiceId)
    : content.critique.choices
        .map((c) => c.id)
        .filter((c) => c === choiceId || critique.selected.includes(c));
  return { ...state, critiques: { ...state.critiques, [definitionId]: { ...critique, selected } } };
}

export function checkCritique(state: DefinitionsState, definitionId: string): DefinitionsState {
  const critique = critiqueOf(state, definitionId);
  if (critique.checked) return state;
  return { ...state, critiques: { ...state.critiques, [definitionId]: { ...critique, checked: true } } };
}

/** Replaces the built definition; unknown ids and repeats are dropped, order kept. */
export function setBuild(
  content: DefinitionsContent,
  state: DefinitionsState,
  ids: readonly string[],
): DefinitionsState {
  return { ...state, build: cleanBuild(content, ids) };
}

export function recordCompare(state: DefinitionsState): DefinitionsState {
  return { ...state, compareChecks: state.compareChecks + 1 };
}

export function goToStep(state: DefinitionsState, step: number): DefinitionsState {
  return { ...state, step: clampStep(step) };
}

function clampStep(step: number): DefinitionsStep {
  const n = Math.round(step);
  return n <= 1 || Number.isNaN(n) ? 1 : n >= 4 ? 4 : (n as DefinitionsStep);
}

// Parsing what storage gives back: keep every field that is valid, default the rest.

/** Choice ids renamed since they were saved: the gap once called "ethics" is fairness (no bias). */
const RENAMED_CHOICES: Readonly<Record<string, string>> = { ethics: 'fairness' };

/** How saved state is read: built the first time it is used. */
const savedState = lazySchema(() => {
  const termText = z.catch(
    z.pipe(
      z.string(),
      z.transform((s: string) => s.slice(0, MAX_TERM_CHARS)),
    ),
    '',
  );

  const rawState = z.object({
    version: z.literal(1),
    step: z.catch(z.pipe(z.number(), z.transform(clampStep)), 1 as const),
    words: z.catch(z.record(z.string(), z.unknown()), {}),
    critiques: z.catch(z.record(z.string(), z.unknown()), {}),
    build: z.catch(z.array(z.string()), () => []),
    compareChecks: z.catch(z.number().check(z.int(), z.gte(0)), 0),
  });

  const rawCritique = z.catch(
    z.object({
      selected: z.catch(z.array(z.string()), () => []),
      checked: z.catch(z.boolean(), false),
    }),
    () => emptyCritique(),
  );
  return { termText, rawState, rawCritique };
});

/**
 * Reads a saved DefinitionsState. Valid fields are kept and invalid ones reset; unknown terms,
 * definitions and choices are dropped; anything that is not a version-1 state gives the initial
 * state. Never throws.
 */
export function parseDefinitionsState(content: DefinitionsContent, input: unknown): DefinitionsState {
  const { termText, rawState, rawCritique } = savedState();
  const result = rawState.safeParse(input);
  const fresh = initialDefinitionsState(content);
  if (!result.success) return fresh;
  const raw = result.data;
  const choices = content.critique.choices.map((c) => c.id);
  const words = Object.fromEntries(content.terms.map((t) => [t.id, termText.parse(raw.words[t.id] ?? '')]));
  const critiques = Object.fromEntries(
    content.critique.definitions.map((d) => {
      const c = rawCritique.parse(raw.critiques[d.id] ?? {});
      const selected = c.selected.map((id) => RENAMED_CHOICES[id] ?? id);
      return [d.id, { selected: choices.filter((id) => selected.includes(id)), checked: c.checked }];
    }),
  );
  return {
    version: 1,
    step: raw.step,
    words,
    critiques,
    build: cleanBuild(content, raw.build),
    compareChecks: raw.compareChecks,
  };
}
