import { countDistribution, outcomeChances } from './scenario-guessing';
import type { Choice, Scenario, TurnNode } from './scenario-types';

const ending = (id: string, outcome: 'lost' | 'satisfied' | 'promoter') => ({
  id,
  outcome,
  title: id,
  narration: `The ${outcome} ending.`,
  debrief: 'A great representative would have listened first.',
});

const reply = (id: string, next: string, score: number, best = false): Choice => ({
  id,
  text: id,
  feedback: 'Why.',
  effects: { score },
  next,
  ...(best ? { best: true } : {}),
});

/** Turns t1 → t2 → t3, each with one best reply worth 2 and `others` replies worth 1 or 0. */
function chain(others: number, promoterAt: number): Scenario {
  const ids = ['t1', 't2', 't3'];
  const turns: TurnNode[] = ids.map((id, i) => {
    const next = ids[i + 1] ?? 'outcome';
    return {
      kind: 'turn',
      id,
      customer: 'Well?',
      choices: [
        reply(`${id}-best`, next, 2, true),
        ...Array.from({ length: others }, (_, k) => reply(`${id}-other-${k}`, next, k === 0 ? 1 : 0)),
      ],
    };
  });
  return {
    id: 'chain',
    title: 'Chain',
    summary: 's',
    role: 'r',
    persona: { name: 'Ana', description: 'd', situation: 's', startingMood: 0 },
    start: 't1',
    nodes: [
      ...turns,
      {
        kind: 'branch',
        id: 'outcome',
        rules: [{ when: { variable: 'score', is: '>=', value: promoterAt }, next: 'end-promoter' }],
        otherwise: 'end-satisfied',
      },
    ],
    endings: [ending('end-promoter', 'promoter'), ending('end-satisfied', 'satisfied')],
  };
}

describe('outcomeChances', () => {
  it('gives the chance of a random presser reaching each ending', () => {
    // Only the flawless run (score 6) is a promoter: one play in 3 × 3 × 3.
    const flawless = outcomeChances(chain(2, 6));
    expect(flawless.promoter).toBeCloseTo(1 / 27, 12);
    expect(flawless.satisfied).toBeCloseTo(26 / 27, 12);
    expect(flawless.lost + flawless.unfinished).toBe(0);
  });

  it('counts every play that clears a looser bar, not just the best path', () => {
    // Score 5 or more: all best (1 play) or one "plain" reply worth 1 and two best (3 plays) of 27.
    expect(outcomeChances(chain(2, 5)).promoter).toBeCloseTo(4 / 27, 12);
    // With one reply per turn, pressing anything is the best path.
    expect(outcomeChances(chain(0, 6)).promoter).toBe(1);
  });

  it('counts plays that follow a broken link as unfinished, and does not throw', () => {
    const broken = chain(1, 6);
    const first = broken.nodes[0] as TurnNode;
    broken.nodes[0] = {
      ...first,
      choices: [first.choices[0] as Choice, { ...(first.choices[1] as Choice), next: 'nowhere' }],
    };
    const chances = outcomeChances(broken);
    expect(chances.unfinished).toBeCloseTo(0.5, 12);
    expect(chances.promoter).toBeCloseTo(0.5 * 0.25, 12);
    expect(outcomeChances({ ...broken, start: 'nowhere' }).unfinished).toBe(1);
  });
});

describe('countDistribution', () => {
  it('gives the chance of reaching the best ending in 0, 1, 2… scenarios', () => {
    const [none, one, two] = countDistribution([0.5, 0.5]);
    expect(none).toBeCloseTo(0.25, 12);
    expect(one).toBeCloseTo(0.5, 12);
    expect(two).toBeCloseTo(0.25, 12);
    expect(countDistribution([])).toEqual([1]);
  });
});
