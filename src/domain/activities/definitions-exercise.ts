/**
 * The definitions exercise: what customer service really means, built up in four steps.
 *
 * 1. Own words: the learner defines Customer, Service, Delivery and Excellence.
 * 2. Critique: for each of seven common definitions, the learner ticks what it leaves out.
 * 3. Build: the learner assembles a complete definition from elements, avoiding the distractors.
 * 4. Compare: their own words from step 1 are read by the concept matcher against the key ideas.
 *
 * All data and rules are here; the component only shows them and stores `DefinitionsState`.
 */
import { z } from 'zod';
import { KEY_CONCEPTS, matchConcepts } from './concept-matcher';
import type { ConceptId, ConceptMatch } from './concept-matcher';
import { countWords } from './reflection';

// ---------------------------------------------------------------------------------------------
// Steps

export type DefinitionsStep = 1 | 2 | 3 | 4;

export const DEFINITIONS_STEPS = [
  {
    step: 1,
    title: 'In your own words',
    instruction: 'Before reading any definitions, write what each word means to you in your work.',
  },
  {
    step: 2,
    title: 'Spot the gaps',
    instruction: 'Here are seven definitions in common use. For each one, tick what it leaves out.',
  },
  {
    step: 3,
    title: 'Build a complete definition',
    instruction:
      'Choose the elements a complete definition needs, in any order you like. Leave out the traps.',
  },
  {
    step: 4,
    title: 'Compare',
    instruction: 'See which key ideas your own words already covered, and which ones to add.',
  },
] as const satisfies readonly { step: DefinitionsStep; title: string; instruction: string }[];

// ---------------------------------------------------------------------------------------------
// Step 1: the four terms

export const DEFINITION_TERMS = [
  { id: 'customer', label: 'Customer', prompt: 'Who are your customers? Think beyond the people who pay.' },
  { id: 'service', label: 'Service', prompt: 'What does giving someone a service actually involve?' },
  {
    id: 'delivery',
    label: 'Delivery',
    prompt: 'What does it take to get that service to the customer, from first contact to the end?',
  },
  {
    id: 'excellence',
    label: 'Excellence',
    prompt: 'What would make the service excellent rather than simply acceptable?',
  },
] as const;

export type TermId = (typeof DEFINITION_TERMS)[number]['id'];

/** Fewer words than this is not yet a definition. */
export const MIN_WORDS_PER_TERM = 3;
/** Longest text kept for one term. */
export const MAX_TERM_CHARS = 4000;

// ---------------------------------------------------------------------------------------------
// Step 2: seven common definitions and what each leaves out

export const CRITIQUE_CHOICES = [
  { id: 'expectations', label: 'Customer expectations' },
  { id: 'value', label: 'Value for the customer' },
  { id: 'before-during-after', label: 'Before, during and after the sale' },
  { id: 'perception', label: 'How the customer sees it' },
  { id: 'consistency', label: 'Consistency, every time' },
  { id: 'after-sales', label: 'Support after the sale' },
  { id: 'cost-effectiveness', label: 'Cost-effectiveness' },
  { id: 'ethics', label: 'Ethics and fairness' },
] as const;

export type CritiqueChoiceId = (typeof CRITIQUE_CHOICES)[number]['id'];

const ALL_CHOICES: readonly CritiqueChoiceId[] = CRITIQUE_CHOICES.map((c) => c.id);

export interface CommonDefinition {
  id: string;
  /** A definition in wide use, shown quoted. */
  text: string;
  /** The choices this definition leaves out; every other choice it does cover. */
  misses: readonly CritiqueChoiceId[];
  /** What the definition gets right and what it really leaves out. */
  feedback: string;
  /**
   * Notes on single choices: for each choice the definition covers, why (shown if the learner ticks
   * it as missing); for a few easy-to-overlook gaps, why it is missing (shown if not ticked).
   */
  notes: Partial<Record<CritiqueChoiceId, string>>;
}

const allBut = (...covered: CritiqueChoiceId[]): CritiqueChoiceId[] =>
  ALL_CHOICES.filter((c) => !covered.includes(c));

export const COMMON_DEFINITIONS = [
  {
    id: 'wants-and-needs',
    text: 'Customer service means meeting whatever customers want and need from the organisation.',
    misses: allBut(),
    feedback:
      'A fair starting point: give people what they want and need. But that is all it says. It describes what the organisation is able to do, not how it treats each customer, and it leaves out every one of the other ideas.',
    notes: {
      expectations:
        'Wants and needs are not the same as expectations: a customer can get what they needed and still feel let down.',
    },
  },
  {
    id: 'exceed-expectations',
    text: 'Customer service is an organisation going beyond what customers expect, reliably and every time.',
    misses: allBut('expectations', 'consistency'),
    feedback:
      'Much stronger: it aims above what customers expect, and every time. But it reads as if service ends once the sale is made, and it says nothing about cost, fairness or what the customer actually gains.',
    notes: {
      expectations: 'It does cover expectations: it asks you to go beyond them.',
      consistency: 'It does cover consistency: “reliably and every time”.',
      value: 'Beating expectations is the aim, but it never says what extra value the customer receives.',
      'after-sales': 'Nothing here carries on once the customer has paid.',
    },
  },
  {
    id: 'before-during-after',
    text: 'Customer service is the help customers get from an organisation before they buy, while they buy and afterwards.',
    misses: allBut('before-during-after', 'after-sales'),
    feedback:
      'It gets the timing right: service starts before anyone buys and carries on afterwards. But it only says that service is given, not how well: nothing on expectations, value, consistency, cost or fairness.',
    notes: {
      'before-during-after': 'It does cover this: it names all three stages.',
      'after-sales': 'It does cover this: help “afterwards” is support after the sale.',
    },
  },
  {
    id: 'perceives-and-remembers',
    text: 'Customer service is whatever the customer notices and later recalls about how they were served.',
    misses: allBut('perception'),
    feedback:
      'It rightly puts the customer’s view first: service is what they notice and remember. But it describes the result, not what you do to earn it, so consistency, value, timing, cost, after-sales care and fairness are all missing.',
    notes: {
      perception: 'It does cover perception: that is what the whole definition is built on.',
    },
  },
  {
    id: 'positive-experience',
    text: 'Customer service is giving customers an experience that feels pleasant and useful.',
    misses: allBut('perception'),
    feedback:
      'A positive, helpful experience is a good aim, seen from the customer’s side. It stops there: nothing about their expectations, the value they get, doing it every time, cost, what happens after the sale or treating everyone alike.',
    notes: {
      perception: 'It does touch on perception: an experience is the service as the customer feels it.',
    },
  },
  {
    id: 'sum-total',
    text: 'Customer service is everything an organisation does to live up to what customers expect and leave them satisfied.',
    misses: allBut('expectations'),
    feedback:
      'Close: it counts everything the organisation does and aims for satisfied customers. But it sets the bar at meeting expectations rather than going beyond them, and it leaves out consistency, cost, timing, after-sales support and fairness.',
    notes: {
      expectations:
        'It does name expectations, though only meeting them; a complete definition goes further.',
      'before-during-after':
        '“Everything it does” never says when: before, during and after the sale are not spelled out.',
    },
  },
  {
    id: 'ethics-and-values',
    text: 'Customer service is finding the customer an answer or fix that satisfies them without compromising your own ethics and values.',
    misses: allBut('ethics'),
    feedback:
      'It adds something the others forget: your own ethics. Still, it is about one answer to one customer, with nothing on consistency, cost, timing or support after the sale.',
    notes: {
      ethics: 'It does cover ethics: protecting your own ethics is part of it.',
      value: 'Careful: “values” here means your personal principles, not value created for the customer.',
    },
  },
] as const satisfies readonly CommonDefinition[];

export type DefinitionId = (typeof COMMON_DEFINITIONS)[number]['id'];

export interface CritiqueNote {
  choiceId: CritiqueChoiceId;
  /** 'extra': ticked, but the definition covers it. 'missed': not ticked, but it is missing. */
  kind: 'extra' | 'missed';
  text: string;
}

export interface CritiqueJudgement {
  /** Gaps the learner spotted, in choice order. */
  hits: CritiqueChoiceId[];
  /** Gaps the learner did not tick, in choice order. */
  missed: CritiqueChoiceId[];
  /** Ticked, but the definition does cover them, in choice order. */
  extra: CritiqueChoiceId[];
  /** True when the ticks are exactly the gaps. */
  allFound: boolean;
  /** What the definition gets right and leaves out. */
  feedback: string;
  /** Notes on the extra ticks, then on overlooked gaps. */
  notes: CritiqueNote[];
}

const DEFINITIONS_BY_ID = new Map<string, CommonDefinition>(COMMON_DEFINITIONS.map((d) => [d.id, d]));

/** Judges the learner's ticks for one definition. Unknown choice ids are ignored; an unknown definition id throws. */
export function judgeCritique(definitionId: string, selected: readonly string[]): CritiqueJudgement {
  const definition = DEFINITIONS_BY_ID.get(definitionId);
  if (!definition) throw new Error(`Unknown definition id "${definitionId}"`);
  const ticked = new Set(selected);
  const misses = new Set<CritiqueChoiceId>(definition.misses);
  const hits = ALL_CHOICES.filter((c) => ticked.has(c) && misses.has(c));
  const missed = ALL_CHOICES.filter((c) => !ticked.has(c) && misses.has(c));
  const extra = ALL_CHOICES.filter((c) => ticked.has(c) && !misses.has(c));
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

export const BUILD_SENTENCE_LEAD = 'Customer service is providing and delivering our products and services';

/** How each key idea reads inside the assembled sentence. */
const FRAGMENTS: Record<ConceptId, string> = {
  'value-beyond-expectation': 'with more value than the customer expected',
  consistency: 'consistently',
  'cost-effective': 'cost-effectively',
  timely: 'on time',
  'quality-accuracy': 'with quality and accuracy',
  'after-sales': 'with dependable support after the sale',
  'non-bias': 'without bias',
  'everyone-in-need': 'to every person who needs them',
};

export interface BuildElement {
  id: string;
  label: string;
  /** The words this element adds to the sentence. */
  fragment: string;
  /** True for a trap that does not belong in a complete definition. */
  distractor: boolean;
  /** Why it belongs, or why it is a trap. */
  explanation: string;
}

export const BUILD_DISTRACTORS = [
  {
    id: 'lowest-price',
    label: 'The lowest possible price',
    fragment: 'at the lowest possible price',
    distractor: true,
    explanation:
      'Cheapest is not the same as cost-effective. Cutting the price until quality or support suffers costs the customer more in the end.',
  },
  {
    id: 'point-of-sale-only',
    label: 'Up to the point of sale',
    fragment: 'up to the moment of sale',
    distractor: true,
    explanation:
      'Service that stops at the till leaves the customer on their own just when a problem may begin.',
  },
  {
    id: 'paying-customers-only',
    label: 'Only for paying customers',
    fragment: 'only to customers who pay',
    distractor: true,
    explanation:
      'Colleagues who rely on you, people with a question and people not buying today are all customers too.',
  },
  {
    id: 'always-say-yes',
    label: 'Agreeing to every demand',
    fragment: 'by agreeing to whatever the customer demands',
    distractor: true,
    explanation:
      'Going beyond expectations means giving real value, honestly and fairly, not saying yes to everything.',
  },
] as const satisfies readonly BuildElement[];

export type BuildElementId = ConceptId | (typeof BUILD_DISTRACTORS)[number]['id'];

/** The eight elements of a complete definition followed by the distractors; shuffle for display. */
export const BUILD_ELEMENTS: readonly BuildElement[] = [
  ...KEY_CONCEPTS.map((c) => ({
    id: c.id,
    label: c.label,
    fragment: FRAGMENTS[c.id],
    distractor: false,
    explanation: c.explanation,
  })),
  ...BUILD_DISTRACTORS,
];

const ELEMENTS_BY_ID = new Map<string, BuildElement>(BUILD_ELEMENTS.map((e) => [e.id, e]));

export const buildElement = (id: string): BuildElement | undefined => ELEMENTS_BY_ID.get(id);

export interface BuildJudgement {
  /** Real elements chosen, in the learner's order. */
  correctElements: string[];
  /** Real elements not chosen, in teaching order. */
  missingElements: string[];
  /** Distractors chosen, in the learner's order. */
  distractorsChosen: string[];
  /** All eight elements chosen and no distractor. */
  complete: boolean;
  /** The learner's definition as a sentence, elements in the order chosen. */
  sentence: string;
}

function joinList(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

/** Keeps known element ids, first occurrence only, in the given order. */
function cleanBuild(ids: readonly string[]): string[] {
  return [...new Set(ids)].filter((id) => ELEMENTS_BY_ID.has(id));
}

/**
 * Judges a built definition. Order is free-form: it shapes the sentence but never the judgement.
 * The definition is complete when all eight elements are chosen and no distractor is.
 * Unknown ids are ignored and repeats count once.
 */
export function judgeBuild(selectedOrderedIds: readonly string[]): BuildJudgement {
  const chosen = cleanBuild(selectedOrderedIds);
  const elements = chosen
    .map((id) => ELEMENTS_BY_ID.get(id))
    .filter((e): e is BuildElement => e !== undefined);
  const correctElements = elements.filter((e) => !e.distractor).map((e) => e.id);
  const distractorsChosen = elements.filter((e) => e.distractor).map((e) => e.id);
  const missingElements = KEY_CONCEPTS.map((c) => c.id).filter((id) => !correctElements.includes(id));
  const fragments = elements.map((e) => e.fragment);
  const sentence =
    fragments.length === 0 ? `${BUILD_SENTENCE_LEAD}.` : `${BUILD_SENTENCE_LEAD} ${joinList(fragments)}.`;
  return {
    correctElements,
    missingElements,
    distractorsChosen,
    complete: missingElements.length === 0 && distractorsChosen.length === 0,
    sentence,
  };
}

// ---------------------------------------------------------------------------------------------
// Step 4: comparing the learner's own words

/** Reads the learner's four definitions together against the key ideas. */
export function compareOwnWords(words: Readonly<Record<TermId, string>>): ConceptMatch {
  return matchConcepts(DEFINITION_TERMS.map((t) => words[t.id]));
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
  words: Record<TermId, string>;
  critiques: Record<DefinitionId, CritiqueState>;
  /** Chosen build elements, in the learner's order. */
  build: string[];
  /** How many times the learner has run the comparison in step 4. */
  compareChecks: number;
}

const emptyWords = (): Record<TermId, string> => ({
  customer: '',
  service: '',
  delivery: '',
  excellence: '',
});

const emptyCritiques = (): Record<DefinitionId, CritiqueState> => ({
  'wants-and-needs': { selected: [], checked: false },
  'exceed-expectations': { selected: [], checked: false },
  'before-during-after': { selected: [], checked: false },
  'perceives-and-remembers': { selected: [], checked: false },
  'positive-experience': { selected: [], checked: false },
  'sum-total': { selected: [], checked: false },
  'ethics-and-values': { selected: [], checked: false },
});

export const initialDefinitionsState = (): DefinitionsState => ({
  version: 1,
  step: 1,
  words: emptyWords(),
  critiques: emptyCritiques(),
  build: [],
  compareChecks: 0,
});

/** Whether the learner has done what a step asks (not whether every answer was right). */
export function stepComplete(state: DefinitionsState, step: DefinitionsStep): boolean {
  switch (step) {
    case 1:
      return DEFINITION_TERMS.every((t) => countWords(state.words[t.id]) >= MIN_WORDS_PER_TERM);
    case 2:
      return COMMON_DEFINITIONS.every((d) => state.critiques[d.id].checked);
    case 3:
      return judgeBuild(state.build).complete;
    case 4:
      return state.compareChecks > 0;
  }
}

/**
 * The exercise is complete when the learner has written all four terms (at least MIN_WORDS_PER_TERM
 * words each), checked their critique of all seven definitions, built a complete definition (all
 * eight elements, no distractors) and run the comparison at least once.
 */
export function definitionsComplete(state: DefinitionsState): boolean {
  return ([1, 2, 3, 4] as const).every((step) => stepComplete(state, step));
}

// Transitions: next = f(state, ...). Each returns a new state and never changes its input.

export function setWord(state: DefinitionsState, termId: TermId, text: string): DefinitionsState {
  return { ...state, words: { ...state.words, [termId]: text.slice(0, MAX_TERM_CHARS) } };
}

/** Ticks or unticks a choice. A critique is locked once checked: the state comes back unchanged. */
export function toggleCritiqueChoice(
  state: DefinitionsState,
  definitionId: DefinitionId,
  choiceId: CritiqueChoiceId,
): DefinitionsState {
  const critique = state.critiques[definitionId];
  if (critique.checked) return state;
  const selected = critique.selected.includes(choiceId)
    ? critique.selected.filter((c) => c !== choiceId)
    : ALL_CHOICES.filter((c) => c === choiceId || critique.selected.includes(c));
  return { ...state, critiques: { ...state.critiques, [definitionId]: { ...critique, selected } } };
}

export function checkCritique(state: DefinitionsState, definitionId: DefinitionId): DefinitionsState {
  const critique = state.critiques[definitionId];
  if (critique.checked) return state;
  return { ...state, critiques: { ...state.critiques, [definitionId]: { ...critique, checked: true } } };
}

/** Replaces the built definition; unknown ids and repeats are dropped, order kept. */
export function setBuild(state: DefinitionsState, ids: readonly string[]): DefinitionsState {
  return { ...state, build: cleanBuild(ids) };
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

const termText = z
  .string()
  .transform((s) => s.slice(0, MAX_TERM_CHARS))
  .catch('');

const knownChoices = (ids: readonly string[]): string[] => ALL_CHOICES.filter((c) => ids.includes(c));

const critiqueSchema = z
  .object({
    selected: z
      .array(z.string())
      .transform(knownChoices)
      .catch(() => []),
    checked: z.boolean().catch(false),
  })
  .catch(() => ({ selected: [], checked: false }));

const wordsSchema = z
  .object({
    customer: termText,
    service: termText,
    delivery: termText,
    excellence: termText,
  } satisfies Record<TermId, unknown>)
  .catch(emptyWords);

const critiquesSchema = z
  .object({
    'wants-and-needs': critiqueSchema,
    'exceed-expectations': critiqueSchema,
    'before-during-after': critiqueSchema,
    'perceives-and-remembers': critiqueSchema,
    'positive-experience': critiqueSchema,
    'sum-total': critiqueSchema,
    'ethics-and-values': critiqueSchema,
  } satisfies Record<DefinitionId, unknown>)
  .catch(emptyCritiques);

const definitionsStateSchema = z.object({
  version: z.literal(1),
  step: z
    .number()
    .transform(clampStep)
    .catch(1 as const),
  words: wordsSchema,
  critiques: critiquesSchema,
  build: z
    .array(z.string())
    .transform(cleanBuild)
    .catch(() => []),
  compareChecks: z.number().int().min(0).catch(0),
});

/**
 * Reads a saved DefinitionsState. Valid fields are kept and invalid ones reset; anything that is not
 * a version-1 state gives the initial state. Never throws.
 */
export function parseDefinitionsState(input: unknown): DefinitionsState {
  const result = definitionsStateSchema.safeParse(input);
  return result.success ? result.data : initialDefinitionsState();
}
