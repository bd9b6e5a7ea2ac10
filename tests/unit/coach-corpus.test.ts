/**
 * Runs the labelled free-text corpus (tests/fixtures/free-text/) through the coach. The same figures,
 * with the old matcher's beside them, are printed by `npm run bench:coach`.
 */
import { definitionsContent } from '../../src/content/definitions-content';
import { judgeDefinition } from '../../src/domain/activities/concept-matcher';
import { judgeReply } from '../../src/domain/activities/reply-rubric';
import type { TurnNode } from '../../src/domain/activities/scenario-types';
import { readEnglish } from '../../src/domain/lib/language/compromise-reader';
import { scenarios } from '../../lessons/scenarios/index';
import {
  CATEGORIES,
  NEVER_GOOD,
  loadDefinitionCorpora,
  loadReplyCorpora,
} from '../fixtures/free-text/corpus';

const corpora = loadReplyCorpora();

const freeTextTurns = Object.values(scenarios).flatMap((s) =>
  s.nodes
    .filter((n): n is TurnNode => n.kind === 'turn' && n.freeText !== undefined)
    .map((n) => ({ scenario: s.id, node: n })),
);

describe('the reply corpus', () => {
  it('has a corpus file for the course’s free-text turns, each naming a real one', () => {
    for (const c of corpora) {
      const turn = freeTextTurns.find((t) => t.scenario === c.scenario && t.node.id === c.turn);
      expect({ file: c.file, found: turn !== undefined }).toEqual({ file: c.file, found: true });
    }
  });

  it('has a corpus for every free-text turn in the course', () => {
    const missing = freeTextTurns
      .filter((t) => !corpora.some((c) => c.scenario === t.scenario && c.turn === t.node.id))
      .map((t) => `${t.scenario}/${t.node.id}`);
    expect(missing).toEqual([]);
    expect(corpora.length).toBe(freeTextTurns.length);
  });

  it.each(corpora.map((c) => [c.file, c] as const))(
    '%s holds at least 40 replies covering every category',
    (_file, c) => {
      expect(c.replies.length).toBeGreaterThanOrEqual(40);
      const categories = new Set(c.replies.map((r) => r.category));
      for (const category of CATEGORIES.filter((k) => k !== 'overpromise'))
        expect(categories).toContain(category);
    },
  );
});

describe.each(corpora.map((c) => [`${c.scenario} / ${c.turn}`, c] as const))('coach on %s', (_name, c) => {
  const node = freeTextTurns.find((t) => t.scenario === c.scenario && t.node.id === c.turn)?.node;
  if (!node) throw new Error(`No free-text turn ${c.scenario}/${c.turn}`);
  const results = c.replies.map((r) => {
    const judged = judgeReply(node, r.text, readEnglish(r.text));
    const agrees = judged.verdict === r.expect && (r.choice === undefined || judged.choiceId === r.choice);
    return { ...r, got: judged.verdict, gotChoice: judged.choiceId, agrees };
  });

  it('agrees with the labels on at least 90% of replies (verdict and branch)', () => {
    const agreement = results.filter((r) => r.agrees).length / results.length;
    expect(agreement).toBeGreaterThanOrEqual(0.9);
  });

  it('never judges a stuffed, negated, rude, refusing, over-promising, off-topic, empty or foreign reply good', () => {
    const badGood = results
      .filter((r) => NEVER_GOOD.includes(r.category) && r.got === 'good')
      .map((r) => r.text);
    expect(badGood).toEqual([]);
  });

  it('coaches every empty and other-language reply instead of scoring it', () => {
    const scored = results
      .filter((r) => (r.category === 'empty' || r.category === 'other-language') && r.got !== 'coached')
      .map((r) => r.text);
    expect(scored).toEqual([]);
  });
});

describe('the definitions corpus', () => {
  const definitionCorpora = loadDefinitionCorpora();

  it('has a corpus of at least 40 definitions for every term, covering every category', () => {
    expect(definitionCorpora.map((c) => c.term).sort()).toEqual(
      definitionsContent.terms.map((t) => t.id).sort(),
    );
    for (const c of definitionCorpora) {
      expect(c.definitions.length).toBeGreaterThanOrEqual(40);
      const categories = new Set(c.definitions.map((d) => d.category));
      for (const category of CATEGORIES.filter((k) => k !== 'overpromise'))
        expect(categories).toContain(category);
    }
  });

  describe.each(definitionCorpora.map((c) => [c.term, c] as const))(
    'reading definitions of %s',
    (termId, c) => {
      const term = definitionsContent.terms.find((t) => t.id === termId);
      if (!term) throw new Error(`No term ${termId}`);
      const results = c.definitions.map((d) => ({
        ...d,
        got: judgeDefinition(term, d.text, readEnglish(d.text), definitionsContent.ideas).verdict,
      }));

      it('agrees with the labels on at least 90% of definitions', () => {
        const agreement = results.filter((r) => r.got === r.expect).length / results.length;
        expect(agreement).toBeGreaterThanOrEqual(0.9);
      });

      it('never judges a stuffed, negated, rude, off-topic, empty or foreign definition good', () => {
        expect(
          results.filter((r) => NEVER_GOOD.includes(r.category) && r.got === 'good').map((r) => r.text),
        ).toEqual([]);
      });
    },
  );
});
