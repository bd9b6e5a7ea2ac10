import { readFileSync } from 'node:fs';
import { readEnglish } from '../lib/language/compromise-reader';
import { judgeDefinition, matchKeyIdeas, readIdeas } from './concept-matcher';
import type { Idea, Term } from './concept-matcher';

// The course's own ideas and terms, read as plain data (src/content checks them against the schema).
const content = JSON.parse(readFileSync('lessons/definitions/definitions.json', 'utf8')) as {
  ideas: Idea[];
  terms: Term[];
};
const ideas = content.ideas;
const found = (text: string) => readIdeas(text, readEnglish(text), ideas).found.map((f) => f.id);
const negated = (text: string) => readIdeas(text, readEnglish(text), ideas).negated.map((f) => f.id);
const term = (id: string) => content.terms.find((t) => t.id === id) as Term;
const judge = (termId: string, text: string) => judgeDefinition(term(termId), text, readEnglish(text), ideas);

describe('readIdeas: each idea in plain English', () => {
  it.each([
    ['value-beyond-expectation', 'We try to exceed what people hope for.'],
    ['value-beyond-expectation', 'Giving them more than they expected.'],
    ['value-beyond-expectation', 'Service that goes above and beyond.'],
    ['consistency', 'It is consistently good.'],
    ['consistency', 'The same care every time.'],
    ['consistency', 'Reliable help for people.'],
    ['cost-effective', 'Delivered in a cost-effective way.'],
    ['cost-effective', 'Good value for money for both sides.'],
    ['timely', 'Help that arrives on time.'],
    ['timely', 'We answer promptly.'],
    ['timely', 'Dealt with without delay.'],
    ['quality-accuracy', 'High quality work.'],
    ['quality-accuracy', 'Answers given accurately.'],
    ['quality-accuracy', 'Getting it right first time.'],
    ['after-sales', 'Support after the sale.'],
    ['after-sales', 'We follow up later.'],
    ['after-sales', 'Help that carries on once they have paid.'],
    ['non-bias', 'Treating people fairly.'],
    ['non-bias', 'Serving everyone without bias.'],
    ['non-bias', 'The same for everyone, regardless of who they are.'],
    ['everyone-in-need', 'Every person who needs our products.'],
    ['everyone-in-need', 'Anyone who asks us for help.'],
    ['beyond-paying', 'Not just the people who pay, but colleagues too.'],
    ['creates-value', 'An action that creates value for someone.'],
  ])('finds %s in “%s”', (id, text) => {
    expect(found(text)).toContain(id);
  });

  it('quotes the learner’s own words as evidence', () => {
    const text = 'Anyone who needs us, served on time.';
    expect(readIdeas(text, readEnglish(text), ideas).found).toContainEqual({
      id: 'timely',
      label: 'Timely',
      words: 'on time',
    });
  });

  it('counts a fair price as cost, not as fairness', () => {
    expect(found('Sold at a reasonable price.')).toEqual(['cost-effective']);
  });
});

describe('readIdeas: negated ideas are not credited, and are reported', () => {
  it.each([
    ['consistency', 'Service does not need to be consistent.'],
    ['timely', 'It is never on time.'],
    ['timely', 'They weren’t quick about it.'],
    ['non-bias', 'It is not fair at all.'],
    ['cost-effective', 'Service does not need to be cost-effective.'],
  ])('does not credit %s in “%s”', (id, text) => {
    expect(found(text)).not.toContain(id);
    expect(negated(text)).toContain(id);
  });

  it('credits both ideas in “not only fast but also accurate”', () => {
    expect(found('Not only fast but also accurate.')).toEqual(['timely', 'quality-accuracy']);
  });

  it('ends a negation at the clause: “not cheap, but always reliable”', () => {
    expect(found('Not cheap, but always reliable.')).toEqual(['consistency']);
  });

  it('reads “without bias” and “no waiting” as the ideas they name', () => {
    expect(found('Without bias and with no waiting.')).toEqual(['timely', 'non-bias']);
  });
});

describe('judgeDefinition', () => {
  it('judges a complete definition in everyday words good', () => {
    const result = judge(
      'excellence',
      'Giving every customer more than they expected, every time, and treating them all fairly.',
    );
    expect(result.verdict).toBe('good');
    expect(result.found.map((f) => f.id)).toEqual(['value-beyond-expectation', 'consistency', 'non-bias']);
    expect(result.missing.map((m) => m.id)).toEqual(['cost-effective']);
  });

  it('judges one idea of several partial, naming what to add', () => {
    const result = judge('delivery', 'Getting the order to them on time.');
    expect(result.verdict).toBe('partial');
    expect(result.summary).toContain(
      'To add: consistency, cost-effective, quality and accuracy and after-sales support.',
    );
  });

  it('needs the essential idea: excellence without going beyond expectations is not good', () => {
    expect(judge('excellence', 'Consistent, fair service at a sensible cost.').verdict).toBe('partial');
  });

  it('gives no credit to a definition that negates its ideas, and says why', () => {
    const result = judge('excellence', 'Service does not need to be consistent or cost-effective.');
    expect(result.verdict).toBe('weak');
    expect(result.summary).toContain('“does not need to be consistent” says the opposite of consistency');
  });

  it.each([
    ['consistent timely cost-effective quality accurate after-sales unbiased', 'list of words'],
    ['Consistency. Value. Fairness. Cost. Timely.', 'list of words'],
    ['good', 'A word or two'],
    ['', 'Nothing written yet'],
    [
      'Ofrecer a cada cliente más valor del que esperaba, siempre y sin favoritismos.',
      'only understands English',
    ],
  ])('coaches “%s” instead of crediting it', (text, message) => {
    const result = judge('excellence', text);
    expect(result.verdict).toBe('coached');
    expect(result.found).toEqual([]);
    expect(result.summary).toContain(message);
  });
});

describe('matchKeyIdeas', () => {
  it('combines what the texts cover, taking evidence from the first that shows each idea', () => {
    const r = matchKeyIdeas(['Never on time.', 'Quick, and on time.'], readEnglish, ideas);
    expect(r.covered).toContainEqual({ id: 'timely', label: 'Timely', words: 'Quick' });
    expect(r.missing.map((m) => m.id)).not.toContain('timely');
    expect(r.covered.length + r.missing.length).toBe(8);
  });
});
