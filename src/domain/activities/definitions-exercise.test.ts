import { KEY_CONCEPTS } from './concept-matcher';
import {
  BUILD_DISTRACTORS,
  BUILD_ELEMENTS,
  BUILD_SENTENCE_LEAD,
  COMMON_DEFINITIONS,
  CRITIQUE_CHOICES,
  DEFINITION_TERMS,
  buildElement,
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
import type { CommonDefinition, DefinitionsState } from './definitions-exercise';

const ALL_EIGHT = KEY_CONCEPTS.map((c) => c.id);
const choiceIds = CRITIQUE_CHOICES.map((c) => c.id);

describe('exercise data', () => {
  it('has the four terms, in order', () => {
    expect(DEFINITION_TERMS.map((t) => t.label)).toEqual(['Customer', 'Service', 'Delivery', 'Excellence']);
  });

  it('has seven definitions with unique ids, each missing something and covering something explained', () => {
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
    expect(covers('ethics-and-values')).toEqual(['ethics']);
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
    const r = judgeCritique('exceed-expectations', ['after-sales', 'consistency', 'value']);
    expect(r.hits).toEqual(['value', 'after-sales']);
    expect(r.missed).toEqual(['before-during-after', 'perception', 'cost-effectiveness', 'ethics']);
    expect(r.extra).toEqual(['consistency']);
    expect(r.allFound).toBe(false);
  });

  it('explains extra ticks first, then overlooked gaps that have a note', () => {
    const r = judgeCritique('exceed-expectations', ['after-sales', 'consistency']);
    expect(r.notes.map((n) => [n.kind, n.choiceId])).toEqual([
      ['extra', 'consistency'],
      ['missed', 'value'],
    ]);
    expect(r.feedback).toBe(COMMON_DEFINITIONS[1].feedback);
  });

  it('is all found when exactly the gaps are ticked', () => {
    const d = COMMON_DEFINITIONS[6];
    const r = judgeCritique(d.id, [...d.misses]);
    expect(r).toMatchObject({ allFound: true, missed: [], extra: [], notes: [] });
    expect(r.hits).toEqual([...d.misses]);
  });

  it('flags the "values" trap when value is not ticked', () => {
    const r = judgeCritique('ethics-and-values', ['consistency']);
    expect(r.notes).toContainEqual(expect.objectContaining({ choiceId: 'value', kind: 'missed' }));
  });

  it('ignores unknown and repeated choice ids', () => {
    expect(judgeCritique('perceives-and-remembers', ['perception', 'perception', 'zzz']).extra).toEqual([
      'perception',
    ]);
  });

  it('throws for an unknown definition', () => {
    expect(() => judgeCritique('made-up', [])).toThrow(/made-up/);
  });
});

describe('judgeBuild', () => {
  it('is complete with all eight elements in any order and no distractor', () => {
    const r = judgeBuild([...ALL_EIGHT].reverse());
    expect(r.complete).toBe(true);
    expect(r.correctElements).toEqual([...ALL_EIGHT].reverse());
    expect(r.missingElements).toEqual([]);
    expect(r.distractorsChosen).toEqual([]);
  });

  it('is not complete with a distractor, even with all eight', () => {
    const r = judgeBuild(['lowest-price', ...ALL_EIGHT]);
    expect(r.complete).toBe(false);
    expect(r.distractorsChosen).toEqual(['lowest-price']);
  });

  it('lists missing elements in teaching order', () => {
    const r = judgeBuild(['timely', 'consistency', 'paying-customers-only']);
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
    expect(judgeBuild(['timely', 'consistency', 'everyone-in-need']).sentence).toBe(
      `${BUILD_SENTENCE_LEAD} on time, consistently and to every person who needs them.`,
    );
    expect(judgeBuild(['consistency', 'timely']).sentence).toBe(
      `${BUILD_SENTENCE_LEAD} consistently and on time.`,
    );
    expect(judgeBuild(['non-bias']).sentence).toBe(`${BUILD_SENTENCE_LEAD} without bias.`);
    expect(judgeBuild([]).sentence).toBe(`${BUILD_SENTENCE_LEAD}.`);
  });

  it('puts distractors into the sentence too, so the learner sees what they built', () => {
    expect(judgeBuild(['lowest-price']).sentence).toBe(
      `${BUILD_SENTENCE_LEAD} at the lowest possible price.`,
    );
  });

  it('ignores unknown ids and counts repeats once', () => {
    const r = judgeBuild(['timely', 'timely', 'bogus']);
    expect(r.correctElements).toEqual(['timely']);
    expect(r.sentence).toBe(`${BUILD_SENTENCE_LEAD} on time.`);
  });
});

describe('compareOwnWords', () => {
  it('reads all four of the learner’s texts together', () => {
    const r = compareOwnWords({
      customer: 'Anyone who needs what we offer',
      service: 'Help that is fair',
      delivery: 'On time, every time',
      excellence: 'Going above and beyond',
    });
    expect(r.covered.map((c) => c.id)).toEqual([
      'value-beyond-expectation',
      'consistency',
      'timely',
      'non-bias',
      'everyone-in-need',
    ]);
    expect(r.missing.map((m) => m.id)).toEqual(['cost-effective', 'quality-accuracy', 'after-sales']);
  });
});

describe('state rules', () => {
  const finished = (): DefinitionsState => {
    let s = initialDefinitionsState();
    for (const t of DEFINITION_TERMS) s = setWord(s, t.id, 'three whole words');
    for (const d of COMMON_DEFINITIONS) s = checkCritique(s, d.id);
    s = setBuild(s, ALL_EIGHT);
    return recordCompare(s);
  };

  it('starts empty at step 1 and not complete', () => {
    const s = initialDefinitionsState();
    expect(s).toMatchObject({ version: 1, step: 1, build: [], compareChecks: 0 });
    expect(Object.values(s.words)).toEqual(['', '', '', '']);
    expect(Object.keys(s.critiques)).toHaveLength(7);
    expect(definitionsComplete(s)).toBe(false);
  });

  it('gives fresh objects each time', () => {
    const a = initialDefinitionsState();
    a.build.push('timely');
    expect(initialDefinitionsState().build).toEqual([]);
  });

  it('is complete when every step is done', () => {
    expect(definitionsComplete(finished())).toBe(true);
  });

  it('needs enough words for every term', () => {
    const s = setWord(finished(), 'excellence', 'two words');
    expect(stepComplete(s, 1)).toBe(false);
    expect(definitionsComplete(s)).toBe(false);
  });

  it('needs every critique checked', () => {
    const s = finished();
    const unchecked = { ...s, critiques: { ...s.critiques, 'sum-total': { selected: [], checked: false } } };
    expect(stepComplete(unchecked, 2)).toBe(false);
    expect(definitionsComplete(unchecked)).toBe(false);
  });

  it('needs a complete build and at least one comparison', () => {
    expect(definitionsComplete(setBuild(finished(), [...ALL_EIGHT, 'always-say-yes']))).toBe(false);
    expect(definitionsComplete({ ...finished(), compareChecks: 0 })).toBe(false);
  });

  it('toggles critique choices in choice order, and locks them once checked', () => {
    let s = initialDefinitionsState();
    s = toggleCritiqueChoice(s, 'sum-total', 'ethics');
    s = toggleCritiqueChoice(s, 'sum-total', 'value');
    expect(s.critiques['sum-total'].selected).toEqual(['value', 'ethics']);
    s = toggleCritiqueChoice(s, 'sum-total', 'ethics');
    expect(s.critiques['sum-total'].selected).toEqual(['value']);
    const checked = checkCritique(s, 'sum-total');
    expect(checked.critiques['sum-total'].checked).toBe(true);
    expect(toggleCritiqueChoice(checked, 'sum-total', 'ethics')).toBe(checked);
  });

  it('does not change the state it is given', () => {
    const s = initialDefinitionsState();
    setWord(s, 'customer', 'hello there friend');
    toggleCritiqueChoice(s, 'sum-total', 'ethics');
    recordCompare(s);
    expect(s).toEqual(initialDefinitionsState());
  });

  it('clamps steps to 1..4', () => {
    const s = initialDefinitionsState();
    expect(goToStep(s, 3).step).toBe(3);
    expect(goToStep(s, 9).step).toBe(4);
    expect(goToStep(s, 0).step).toBe(1);
  });
});

describe('parseDefinitionsState', () => {
  it('returns a valid state as it was', () => {
    const s = setBuild(goToStep(setWord(initialDefinitionsState(), 'customer', 'anyone who needs us'), 3), [
      'timely',
      'lowest-price',
    ]);
    expect(parseDefinitionsState(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });

  it.each([null, undefined, 42, 'text', [], {}, { version: 2, step: 1 }])(
    'gives the initial state for %j',
    (input) => {
      expect(parseDefinitionsState(input)).toEqual(initialDefinitionsState());
    },
  );

  it('keeps good fields and resets bad ones', () => {
    const parsed = parseDefinitionsState({
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
    expect(parsed.critiques['sum-total']).toEqual({ selected: ['value', 'ethics'], checked: true });
    expect(parsed.critiques['wants-and-needs']).toEqual({ selected: [], checked: false });
    expect(parsed.build).toEqual(['timely', 'consistency']);
    expect(parsed.compareChecks).toBe(0);
    expect(parsed).not.toHaveProperty('extra');
  });

  it('resets wholly broken nested objects without losing the rest', () => {
    const parsed = parseDefinitionsState({
      version: 1,
      step: 4,
      words: 'oops',
      critiques: null,
      build: 'x',
      compareChecks: 2,
    });
    expect(parsed).toEqual({ ...initialDefinitionsState(), step: 4, compareChecks: 2 });
  });
});
