import { KEY_CONCEPTS, matchConcepts, stem } from './concept-matcher';
import type { ConceptId } from './concept-matcher';

const coveredIds = (text: string | string[]): ConceptId[] => matchConcepts(text).covered.map((c) => c.id);
const covers = (text: string | string[], id: ConceptId): boolean => coveredIds(text).includes(id);

describe('KEY_CONCEPTS', () => {
  it('lists the eight ideas of a complete definition, each explained and with phrases', () => {
    expect(KEY_CONCEPTS.map((c) => c.id)).toEqual([
      'value-beyond-expectation',
      'consistency',
      'cost-effective',
      'timely',
      'quality-accuracy',
      'after-sales',
      'non-bias',
      'everyone-in-need',
    ]);
    for (const c of KEY_CONCEPTS) {
      expect(c.label).not.toBe('');
      expect(c.explanation.length).toBeGreaterThan(20);
      expect(c.phrases.length).toBeGreaterThan(3);
    }
  });
});

describe('stem', () => {
  it('treats consistent, consistency and consistently as one word', () => {
    expect(stem('consistency')).toBe('consistent');
    expect(stem('consistently')).toBe('consistent');
    expect(stem('consistencies')).toBe('consistent');
    expect(stem('consistent')).toBe('consistent');
  });
  it('strips plural, past and -ing endings without mangling -eed words', () => {
    expect(stem('exceeds')).toBe('exceed');
    expect(stem('exceeded')).toBe('exceed');
    expect(stem('exceeding')).toBe('exceed');
    expect(stem('exceed')).toBe('exceed');
    expect(stem('needed')).toBe('need');
    expect(stem('expectations')).toBe('expect');
    expect(stem('deliveries')).toBe('delivery');
  });
  it('keeps words whose ending is part of the word', () => {
    expect(stem('timely')).toBe('timely');
    expect(stem('timeliness')).toBe('timely');
    expect(stem('bias')).toBe('bias');
    expect(stem('process')).toBe('process');
    expect(stem('consist')).toBe('consist');
  });
  it('maps -ability and -ably to -able', () => {
    expect(stem('reliability')).toBe('reliable');
    expect(stem('reliably')).toBe('reliable');
  });
});

describe('matchConcepts', () => {
  describe('hits', () => {
    it.each<[ConceptId, string]>([
      ['value-beyond-expectation', 'We try to exceed what people hope for'],
      ['value-beyond-expectation', 'giving more than they expect'],
      ['value-beyond-expectation', 'service that goes above and beyond'],
      ['consistency', 'It is consistently good'],
      ['consistency', 'the same care every time'],
      ['consistency', 'reliable help'],
      ['cost-effective', 'delivered in a cost-effective way'],
      ['cost-effective', 'good value for money'],
      ['timely', 'help arrives on time'],
      ['timely', 'we answer promptly'],
      ['timely', 'dealt with without delay'],
      ['timely', 'timeliness matters'],
      ['quality-accuracy', 'high quality work'],
      ['quality-accuracy', 'answers given accurately'],
      ['after-sales', 'after-sales support'],
      ['after-sales', 'we follow up later'],
      ['after-sales', 'aftercare for every buyer'],
      ['non-bias', 'treating people fairly'],
      ['non-bias', 'without bias'],
      ['non-bias', 'no favourites'],
      ['non-bias', 'regardless of who they are'],
      ['everyone-in-need', 'every person who needs our products'],
      ['everyone-in-need', 'anyone who asks us for help'],
      ['everyone-in-need', 'all customers, old and new'],
    ])('finds %s in "%s"', (id, text) => {
      expect(covers(text, id)).toBe(true);
    });

    it('quotes the learner’s own words as evidence', () => {
      const { covered } = matchConcepts('We give After-Sales support and answer Promptly.');
      expect(covered).toEqual([
        { id: 'timely', label: 'Timely', evidence: 'Promptly' },
        { id: 'after-sales', label: 'After-sales support', evidence: 'After-Sales' },
      ]);
    });

    it('finds every idea in a complete definition', () => {
      const text =
        'Fair, consistent and cost-effective delivery of more value than expected to every person who needs our services, ' +
        'on time, with quality and accuracy, and with real after-sales support.';
      expect(matchConcepts(text).missing).toEqual([]);
    });

    it('counts a concept once however often it appears', () => {
      expect(coveredIds('always consistent, consistently reliable')).toEqual(['consistency']);
    });
  });

  describe('misses', () => {
    it('reports every concept as missing for unrelated or empty text, with its explanation', () => {
      const r = matchConcepts('We sell shoes.');
      expect(r.covered).toEqual([]);
      expect(r.missing.map((m) => m.id)).toEqual(KEY_CONCEPTS.map((c) => c.id));
      expect(r.missing[0]?.explanation).toBe(KEY_CONCEPTS[0].explanation);
      expect(matchConcepts('').missing).toHaveLength(8);
      expect(matchConcepts([]).missing).toHaveLength(8);
    });
  });

  describe('near-misses (decided)', () => {
    it('"consist" and "consists" are not consistency', () => {
      expect(covers('The job consists of helping people', 'consistency')).toBe(false);
      expect(covers('what does it consist of', 'consistency')).toBe(false);
    });
    it('"inconsistent" and "unreliable" are not consistency', () => {
      expect(covers('they were inconsistent and unreliable', 'consistency')).toBe(false);
    });
    it('"constant" is not consistency', () => {
      expect(covers('constant delays, constantly changing staff', 'consistency')).toBe(false);
    });
    it('"time" alone is not timeliness', () => {
      expect(covers('I had a good time', 'timely')).toBe(false);
    });
    it('"value" alone is not value beyond expectation', () => {
      expect(covers('we value our customers', 'value-beyond-expectation')).toBe(false);
    });
    it('a fair price is about cost, not fairness', () => {
      expect(coveredIds('at a fair price')).toEqual(['cost-effective']);
    });
    it('a phrase does not run across a clause break', () => {
      expect(covers('we were on. Time is money', 'timely')).toBe(false);
    });
  });

  describe('negation', () => {
    it.each<[ConceptId, string]>([
      ['consistency', 'not consistent'],
      ['consistency', 'It is not always the same'],
      ['timely', 'never on time'],
      ['timely', "they weren't quick about it"],
      ['timely', 'they weren’t quick about it'],
      ['quality-accuracy', 'poor quality'],
      ['quality-accuracy', 'lacking accuracy'],
      ['non-bias', 'not fair at all'],
      ['everyone-in-need', 'not everyone'],
      ['value-beyond-expectation', "doesn't exceed anything"],
      ['after-sales', 'there was no follow-up'],
    ])('cancels %s in "%s"', (id, text) => {
      expect(covers(text, id)).toBe(false);
    });

    it('reaches up to three words back, not further', () => {
      expect(covers('not really very consistent', 'consistency')).toBe(false);
      expect(covers('never late and always consistent', 'consistency')).toBe(true);
      expect(covers('not the case that we are consistent', 'consistency')).toBe(true);
    });

    it('treats listed phrases with negative words as positive', () => {
      expect(covers('without delay', 'timely')).toBe(true);
      expect(covers('never late', 'timely')).toBe(true);
      expect(covers('no favourites', 'non-bias')).toBe(true);
      expect(covers('not biased', 'non-bias')).toBe(true);
      expect(covers('no errors', 'quality-accuracy')).toBe(true);
      expect(covers('without fail', 'consistency')).toBe(true);
    });

    it('does not let a negative word inside a listed phrase cancel the next idea', () => {
      expect(covers('without delay, fairly', 'non-bias')).toBe(true);
      expect(covers('without delay and promptly', 'timely')).toBe(true);
      expect(covers('without bias and consistent', 'consistency')).toBe(true);
    });

    it('cancels a listed phrase that is itself negated', () => {
      expect(covers('not without delay', 'timely')).toBe(false);
    });

    it('reads "not only ... but" as positive', () => {
      expect(covers('not only consistent but fair', 'consistency')).toBe(true);
      expect(covers('not just fast', 'timely')).toBe(true);
    });

    it('stops at "but" and at clause breaks', () => {
      expect(covers('not cheap but reliable', 'consistency')).toBe(true);
      expect(covers('No. Consistent.', 'consistency')).toBe(true);
      expect(covers('not rude, consistent', 'consistency')).toBe(true);
    });

    it('a negative adjective cancels only the phrase right after it', () => {
      expect(covers('poor customers get quality care', 'quality-accuracy')).toBe(true);
      expect(covers('low quality', 'quality-accuracy')).toBe(false);
      expect(covers('low cost', 'cost-effective')).toBe(true);
    });

    it('counts a concept when any one mention is not negated', () => {
      const r = matchConcepts('Not consistent last year; now consistent every week');
      expect(r.covered).toEqual([{ id: 'consistency', label: 'Consistency', evidence: 'consistent' }]);
    });
  });

  describe('several texts', () => {
    it('combines what each text covers', () => {
      const r = matchConcepts([
        'Anyone who needs us',
        'An action that adds value',
        'Done on time',
        'Always fair',
      ]);
      expect(r.covered.map((c) => c.id)).toEqual([
        'value-beyond-expectation',
        'consistency',
        'timely',
        'non-bias',
        'everyone-in-need',
      ]);
      expect(r.missing.map((m) => m.id)).toEqual(['cost-effective', 'quality-accuracy', 'after-sales']);
    });
    it('takes evidence from the first text that shows the idea', () => {
      const r = matchConcepts(['not on time', 'quickly', 'on time']);
      expect(r.covered).toEqual([{ id: 'timely', label: 'Timely', evidence: 'quickly' }]);
    });
    it('does not carry a negation from one text into the next', () => {
      expect(covers(['It is not', 'consistent'], 'consistency')).toBe(true);
    });
  });
});

describe('matchConcepts on typical answers', () => {
  it('reads a learner’s sentence fairly', () => {
    expect(
      coveredIds('Service that is not cheap, but always fair to all customers, and they don’t have to wait.'),
    ).toEqual(['consistency', 'timely', 'non-bias', 'everyone-in-need']);
    expect(coveredIds('Customer service is about being polite. It is not about being fast.')).toEqual([]);
  });
});
