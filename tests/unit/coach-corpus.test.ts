/**
 * Runs the labelled free-text corpus (tests/fixtures/free-text/) through the coach. The same figures,
 * with the old matcher's beside them, are printed by `npm run bench:coach`.
 */
import { judgeReply } from '../../src/domain/activities/reply-rubric';
import type { TurnNode } from '../../src/domain/activities/scenario-types';
import { readEnglish } from '../../src/domain/lib/language/compromise-reader';
import { scenarios } from '../../lessons/scenarios/index';
import { CATEGORIES, NEVER_GOOD, loadReplyCorpora } from '../fixtures/free-text/corpus';

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
    expect(corpora.length).toBeGreaterThanOrEqual(5);
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
    const misses = results.filter((r) => !r.agrees).map((r) => `${r.text} → ${r.got}/${String(r.gotChoice)}`);
    expect({ agreement: agreement >= 0.9, misses }).toEqual({ agreement: true, misses: expect.any(Array) });
  });

  it('never judges a stuffed, negated, rude or empty reply good', () => {
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
