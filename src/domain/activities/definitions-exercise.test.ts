import { readFileSync } from 'node:fs';
import { readEnglish } from '../lib/language/compromise-reader';
import {
  buildHints,
  FULL_HINTS_AFTER_CHECKS,
  buildElement as buildElementOf,
  buildElements,
  checkCritique,
  compareOwnWords,
  definitionsComplete,
  goToStep,
  initialDefinitionsState,
  judgeBuild,
  judgeCritique,
  parseDefinitionsState,
  recordCompare,
  setBuild,
  setWord,
  stepComplete,
  toggleCritiqueChoice,
} from './definitions-exercise';
import type { CommonDefinition, DefinitionsContent, DefinitionsState } from './definitions-exercise';

// The course's own content, read as plain data (src/content checks it against the schema).
const content = JSON.parse(
  readFileSync('lessons/definitions/definitions.json', 'utf8'),
) as DefinitionsContent;
const KEY_CONCEPTS = content.ideas.filter((i) => i.key);
const DEFINITION_TERMS = content.terms;
const COMMON_DEFINITIONS = content.critique.definitions;
const CRITIQUE_CHOICES = content.critique.choices;
const BUILD_DISTRACTORS = content.build.distractors;
const BUILD_ELEMENTS = buildElements(content);
const BUILD_SENTENCE_LEAD = content.build.lead;
const buildElement = (id: string) => buildElementOf(content, id);

const ALL_EIGHT = KEY_CONCEPTS.map((c) => c.id);
const choiceIds = CRITIQUE_CHOICES.map((c) => c.id);

describe('exercise data', () => {
  it('has the four terms, in order', () => {
    expect(DEFINITION_TERMS.map((t) => t.label)).toEqual(['Customer', 'Service', 'Delivery', 'Excellence']);
  });

  it('has seven definitions with unique ids, each missing something, with every covered choice explained', () => {
    expect(COMMON_DEFINITIONS).toHaveLength(7);
    expect(new Set(COMMON_DEFINITIONS.map((d) => d.id)).size).toBe(7);
    for (const d of COMMON_DEFINITIONS as readonly CommonDefinition[]) {
      expect(d.misses.length).toBeGreaterThan(0);
      expect(d.misses.every((m) => (choiceIds as string[]).includes(m))).toBe(true);
      expect(d.feedback.length).toBeGreaterThan(40);
      // Ticking a choice the definition covers always gets an explanation.
      for (const covered of choiceIds.filter((c) => !(d.misses as readonly string[]).includes(c))) {
        expect(d.notes[covered], `${d.id} / ${covered}`).toBeTruthy();
      }
    }
  });

  it('knows what the well-known definitions cover', () => {
    const covers = (id: string) => {
      const d = COMMON_DEFINITIONS.find((x) => x.id === id);
      return choiceIds.filter((c) => !(d?.misses as readonly string[]).includes(c));
    };
    expect(covers('exceed-expectations')).toEqual(['expectations', 'consistency']);
    expect(covers('before-during-after')).toEqual(['before-during-after', 'after-sales']);
    // Personal ethics are not the fairness to every customer a complete definition asks for.
    expect(covers('ethics-and-values')).toEqual([]);
    expect(covers('wants-and-needs')).toEqual([]);
  });

  it('offers the eight real elements plus distractors, all with unique ids', () => {
    expect(BUILD_ELEMENTS.filter((e) => !e.distractor).map((e) => e.id)).toEqual(ALL_EIGHT);
    expect(BUILD_DISTRACTORS.length).toBeGreaterThanOrEqual(3);
    expect(new Set(BUILD_ELEMENTS.map((e) => e.id)).size).toBe(BUILD_ELEMENTS.length);
    expect(buildElement('lowest-price')?.distractor).toBe(true);
    expect(buildElement('timely')?.fragment).toBe('on time');
    expect(buildElement('nope')).toBeUndefined();
  });
});

describe('judgeCritique', () => {
  it('sorts ticks into hits, missed and extra, in choice order', () => {
    const r = judgeCritique(content, 'exceed-expectations', ['after-sales', 'consistency', 'value']);
    expect(r.hits).toEqual(['value', 'after-sales']);
    expect(r.missed).toEqual(['before-during-after', 'perception', 'cost-effectiveness', 'fairness']);
    expect(r.extra).toEqual(['consistency']);
    expect(r.allFound).toBe(false);
  });

  it('explains extra ticks first, then overlooked gaps that have a note', () => {
    const r = judgeCritique(content, 'exceed-expectations', ['after-sales', 'consistency']);
    expect(r.notes.map((n) => [n.kind, n.choiceId])).toEqual([
      ['extra', 'consistency'],
      ['missed', 'value'],
    ]);
    expect(r.feedback).toBe(COMMON_DEFINITIONS[1]!.feedback);
  });

  it('is all found when exactly the gaps are ticked', () => {
    const d = COMMON_DEFINITIONS[6]!;
    const r = judgeCritique(content, d.id, [...d.misses]);
    expect(r).toMatchObject({ allFound: true, missed: [], extra: [], notes: [] });
    expect(r.hits).toEqual([...d.misses]);
  });

  it('flags the "values" trap when value is not ticked', () => {
    const r = judgeCritique(content, 'ethics-and-values', ['consistency']);
    expect(r.notes).toContainEqual(expect.objectContaining({ choiceId: 'value', kind: 'missed' }));
  });

  it('ignores unknown and repeated choice ids', () => {
    expect(
      judgeCritique(content, 'perceives-and-remembers', ['perception', 'perception', 'zzz']).extra,
    ).toEqual(['perception']);
  });

  it('throws for an unknown definition', () => {
    expect(() => judgeCritique(content, 'made-up', [])).toThrow(/made-up/);
  });
});

describe('judgeBuild', () => {
  it('is complete with all eight elements in any order and no distractor', () => {
    const r = judgeBuild(content, [...ALL_EIGHT].reverse());
    expect(r.complete).toBe(true);
    expect(r.correctElements).toEqual([...ALL_EIGHT].reverse());
    expect(r.missingElements).toEqual([]);
    expect(r.distractorsChosen).toEqual([]);
  });

  it('is not complete with a distractor, even with all eight', () => {
    const r = judgeBuild(content, ['lowest-price', ...ALL_EIGHT]);
    expect(r.complete).toBe(false);
    expect(r.distractorsChosen).toEqual(['lowest-price']);
  });

  it('lists missing elements in teaching order', () => {
    const r = judgeBuild(content, ['timely', 'consistency', 'paying-customers-only']);
    expect(r.correctElements).toEqual(['timely', 'consistency']);
    expect(r.missingElements).toEqual([
      'value-beyond-expectation',
      'cost-effective',
      'quality-accuracy',
      'after-sales',
      'non-bias',
      'everyone-in-need',
    ]);
    expect(r.distractorsChosen).toEqual(['paying-customers-only']);
    expect(r.complete).toBe(false);
  });

  it('assembles the sentence in the order chosen', () => {
    expect(judgeBuild(content, ['timely', 'consistency', 'everyone-in-need']).sentence).toBe(
      `${BUILD_SENTENCE_LEAD} on time, consistently and to every person who needs them.`,
    );
    expect(judgeBuild(content, ['consistency', 'timely']).sentence).toBe(
      `${BUILD_SENTENCE_LEAD} consistently and on time.`,
    );
    expect(judgeBuild(content, ['non-bias']).sentence).toBe(`${BUILD_SENTENCE_LEAD} without bias.`);
    expect(judgeBuild(content, []).sentence).toBe(`${BUILD_SENTENCE_LEAD}.`);
  });

  it('puts distractors into the sentence too, so the learner sees what they built', () => {
    expect(judgeBuild(content, ['lowest-price']).sentence).toBe(
      `${BUILD_SENTENCE_LEAD} at the lowest possible price.`,
    );
  });

  it('ignores unknown ids and counts repeats once', () => {
    const r = judgeBuild(content, ['timely', 'timely', 'bogus']);
    expect(r.correctElements).toEqual(['timely']);
    expect(r.sentence).toBe(`${BUILD_SENTENCE_LEAD} on time.`);
  });
});

describe('buildHints', () => {
  const judged = (ids: string[]) => judgeBuild(content, ids);

  it('points each missing idea to where it is taught, grouped, without saying what it is', () => {
    const hints = buildHints(content, judged(['consistency', 'timely', 'lowest-price']), 1);
    expect(hints.map((h) => [h.taught.part, h.count])).toEqual([
      ['Excellence', 2],
      ['Service', 1],
      ['Delivery', 2],
      ['Customer', 1],
    ]);
    expect(hints.every((h) => h.taught.section === 'building-a-complete-definition')).toBe(true);
    expect(hints.flatMap((h) => h.explanations)).toEqual([]);
  });

  it('adds what each missing idea is only from the third check on', () => {
    const twice = buildHints(content, judged(['consistency']), FULL_HINTS_AFTER_CHECKS - 1);
    expect(twice.flatMap((h) => h.explanations)).toEqual([]);
    const thrice = buildHints(content, judged(['consistency']), FULL_HINTS_AFTER_CHECKS);
    expect(thrice.flatMap((h) => h.explanations)).toHaveLength(7);
  });

  it('gives no hints for a complete definition, in whatever order', () => {
    const all = content.ideas.filter((i) => i.key).map((i) => i.id);
    expect(buildHints(content, judged(all), 5)).toEqual([]);
    expect(judged([...all].reverse()).complete).toBe(true);
  });
});

describe('compareOwnWords', () => {
  it('reads all four of the learner’s texts together for the key ideas, and each for its own ideas', () => {
    const r = compareOwnWords(
      content,
      {
        customer: 'Anyone who needs what we offer',
        service: 'Help that is fair',
        delivery: 'On time, every time',
        excellence: 'Going above and beyond',
      },
      readEnglish,
    );
    expect(r.keyIdeas.covered.map((c) => c.id)).toEqual([
      'value-beyond-expectation',
      'consistency',
      'timely',
      'non-bias',
      'everyone-in-need',
    ]);
    expect(r.keyIdeas.missing.map((m) => m.id)).toEqual([
      'cost-effective',
      'quality-accuracy',
      'after-sales',
    ]);
    expect(r.terms.map((t) => [t.term.id, t.judgement.verdict])).toEqual([
      ['customer', 'partial'],
      ['service', 'weak'],
      ['delivery', 'partial'],
      ['excellence', 'partial'],
    ]);
  });
});

describe('state rules', () => {
  const finished = (): DefinitionsState => {
    let s = initialDefinitionsState(content);
    for (const t of DEFINITION_TERMS) s = setWord(s, t.id, 'three whole words');
    for (const d of COMMON_DEFINITIONS) s = checkCritique(s, d.id);
    s = setBuild(content, s, ALL_EIGHT);
    return recordCompare(s);
  };

  it('starts empty at step 1 and not complete', () => {
    const s = initialDefinitionsState(content);
    expect(s).toMatchObject({ version: 1, step: 1, build: [], compareChecks: 0 });
    expect(Object.values(s.words)).toEqual(['', '', '', '']);
    expect(Object.keys(s.critiques)).toHaveLength(7);
    expect(definitionsComplete(content, s)).toBe(false);
  });

  it('gives fresh objects each time', () => {
    const a = initialDefinitionsState(content);
    a.build.push('timely');
    expect(initialDefinitionsState(content).build).toEqual([]);
  });

  it('is complete when every step is done', () => {
    expect(definitionsComplete(content, finished())).toBe(true);
  });

  it('needs enough words for every term', () => {
    const s = setWord(finished(), 'excellence', 'two words');
    expect(stepComplete(content, s, 1)).toBe(false);
    expect(definitionsComplete(content, s)).toBe(false);
  });

  it('needs every critique checked', () => {
    const s = finished();
    const unchecked = { ...s, critiques: { ...s.critiques, 'sum-total': { selected: [], checked: false } } };
    expect(stepComplete(content, unchecked, 2)).toBe(false);
    expect(definitionsComplete(content, unchecked)).toBe(false);
  });

  it('needs a complete build and at least one comparison', () => {
    expect(
      definitionsComplete(content, setBuild(content, finished(), [...ALL_EIGHT, 'always-say-yes'])),
    ).toBe(false);
    expect(definitionsComplete(content, { ...finished(), compareChecks: 0 })).toBe(false);
  });

  it('toggles critique choices in choice order, and locks them once checked', () => {
    let s = initialDefinitionsState(content);
    s = toggleCritiqueChoice(content, s, 'sum-total', 'fairness');
    s = toggleCritiqueChoice(content, s, 'sum-total', 'value');
    expect(s.critiques['sum-total']?.selected).toEqual(['value', 'fairness']);
    s = toggleCritiqueChoice(content, s, 'sum-total', 'fairness');
    expect(s.critiques['sum-total']?.selected).toEqual(['value']);
    const checked = checkCritique(s, 'sum-total');
    expect(checked.critiques['sum-total']?.checked).toBe(true);
    expect(toggleCritiqueChoice(content, checked, 'sum-total', 'fairness')).toBe(checked);
  });

  it('does not change the state it is given', () => {
    const s = initialDefinitionsState(content);
    setWord(s, 'customer', 'hello there friend');
    toggleCritiqueChoice(content, s, 'sum-total', 'fairness');
    recordCompare(s);
    expect(s).toEqual(initialDefinitionsState(content));
  });

  it('clamps steps to 1..4', () => {
    const s = initialDefinitionsState(content);
    expect(goToStep(s, 3).step).toBe(3);
    expect(goToStep(s, 9).step).toBe(4);
    expect(goToStep(s, 0).step).toBe(1);
  });
});

describe('parseDefinitionsState', () => {
  it('returns a valid state as it was', () => {
    const s = setBuild(
      content,
      goToStep(setWord(initialDefinitionsState(content), 'customer', 'anyone who needs us'), 3),
      ['timely', 'lowest-price'],
    );
    expect(parseDefinitionsState(content, JSON.parse(JSON.stringify(s)))).toEqual(s);
  });

  it.each([null, undefined, 42, 'text', [], {}, { version: 2, step: 1 }])(
    'gives the initial state for %j',
    (input) => {
      expect(parseDefinitionsState(content, input)).toEqual(initialDefinitionsState(content));
    },
  );

  it('keeps good fields and resets bad ones', () => {
    const parsed = parseDefinitionsState(content, {
      version: 1,
      step: 'two',
      words: { customer: 'everyone who needs us', service: 7 },
      critiques: {
        'sum-total': { selected: ['value', 'nonsense', 'ethics'], checked: true },
        'wants-and-needs': 'x',
      },
      build: ['timely', 'bogus', 'timely', 'consistency'],
      compareChecks: -3,
      extra: 'dropped',
    });
    expect(parsed.step).toBe(1);
    expect(parsed.words).toEqual({
      customer: 'everyone who needs us',
      service: '',
      delivery: '',
      excellence: '',
    });
    // A tick saved under the old id "ethics" is read as the fairness gap it always stood for.
    expect(parsed.critiques['sum-total']).toEqual({ selected: ['value', 'fairness'], checked: true });
    expect(parsed.critiques['wants-and-needs']).toEqual({ selected: [], checked: false });
    expect(parsed.build).toEqual(['timely', 'consistency']);
    expect(parsed.compareChecks).toBe(0);
    expect(parsed).not.toHaveProperty('extra');
  });

  it('resets wholly broken nested objects without losing the rest', () => {
    const parsed = parseDefinitionsState(content, {
      version: 1,
      step: 4,
      words: 'oops',
      critiques: null,
      build: 'x',
      compareChecks: 2,
    });
    expect(parsed).toEqual({ ...initialDefinitionsState(content), step: 4, compareChecks: 2 });
  });
});
