import { boundaries, tally } from '../fuzz/boundaries';

/** A few hundred generated inputs at each trust boundary; `npm run fuzz` runs 10,000 each. */
const RUNS = 300;

describe.each(boundaries.map((b) => [b.name, b] as const))('the %s boundary', (_name, boundary) => {
  it(`never crashes, says why whenever it refuses, and lets nothing wrong through (${RUNS} inputs)`, () => {
    const result = tally(boundary, RUNS, 20_260_310);
    expect(result.crashes).toEqual([]);
    expect(result).toMatchObject({ tried: RUNS, crashed: 0, unexplained: 0, wronglyAccepted: 0 });
    // The inputs reach both sides: some are accepted, some refused.
    expect(result.accepted).toBeGreaterThan(0);
    expect(result.rejected).toBeGreaterThan(0);
  }, 120_000);
});
