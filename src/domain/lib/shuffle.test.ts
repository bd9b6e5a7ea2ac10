import {
  seedFromString,
  mulberry32,
  pickOne,
  randomInt,
  randomSample,
  rngFromSeed,
  seededShuffle,
  shuffleWith,
} from './shuffle';
import type { Rng } from './shuffle';

/** An RNG that plays back a fixed list, repeating its last value. */
const sequence =
  (...values: number[]): Rng =>
  () =>
    values.length > 1 ? (values.shift() as number) : (values[0] ?? 0);

const sorted = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);

describe('seedFromString and mulberry32', () => {
  it('hash the same string to the same number and different strings differently', () => {
    expect(seedFromString('quiz-q1')).toBe(seedFromString('quiz-q1'));
    expect(seedFromString('quiz-q1')).not.toBe(seedFromString('quiz-q2'));
    expect(seedFromString('')).toBeGreaterThanOrEqual(0);
  });
  it('gives numbers in [0, 1) and the same sequence for the same seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    for (let i = 0; i < 200; i += 1) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
  it('gives different sequences for different seed strings', () => {
    const a = rngFromSeed('one');
    const b = rngFromSeed('two');
    expect([a(), a(), a()]).not.toEqual([b(), b(), b()]);
  });
});

describe('randomInt', () => {
  it('maps [0, 1) onto whole numbers below the maximum', () => {
    expect(randomInt(4, () => 0)).toBe(0);
    expect(randomInt(4, () => 0.5)).toBe(2);
    expect(randomInt(4, () => 0.999999)).toBe(3);
  });
  it('clamps an RNG that misbehaves', () => {
    expect(randomInt(4, () => 1)).toBe(3);
    expect(randomInt(4, () => -0.5)).toBe(0);
  });
  it('returns 0 for an empty range', () => {
    expect(randomInt(0, () => 0.7)).toBe(0);
  });
});

describe('shuffleWith', () => {
  it('is a Fisher–Yates shuffle driven by the injected RNG', () => {
    // i=2: j=floor(0*3)=0 -> [c,b,a]; i=1: j=floor(0.99*2)=1 -> unchanged
    expect(shuffleWith(['a', 'b', 'c'], sequence(0, 0.99))).toEqual(['c', 'b', 'a']);
  });
  it('does not change its input', () => {
    const input = [1, 2, 3, 4];
    shuffleWith(input, () => 0);
    expect(input).toEqual([1, 2, 3, 4]);
  });
});

describe('seededShuffle', () => {
  const items = [1, 2, 3, 4, 5, 6, 7, 8];
  it('is deterministic for a seed and keeps every item', () => {
    const a = seededShuffle(items, 'q1');
    expect(seededShuffle(items, 'q1')).toEqual(a);
    expect(sorted(a)).toEqual(items);
  });
  it('usually differs between seeds', () => {
    const orders = new Set(['a', 'b', 'c', 'd', 'e'].map((s) => seededShuffle(items, s).join()));
    expect(orders.size).toBeGreaterThan(1);
  });
  it('never returns the original order for two or more items', () => {
    for (let n = 2; n <= 4; n += 1) {
      const input = Array.from({ length: n }, (_, i) => i);
      for (let s = 0; s < 300; s += 1) {
        const out = seededShuffle(input, `seed-${s}`);
        expect(out).not.toEqual(input);
        expect(sorted(out)).toEqual(input);
      }
    }
  });
  it('leaves empty and single-item lists as they are', () => {
    expect(seededShuffle([], 'x')).toEqual([]);
    expect(seededShuffle(['only'], 'x')).toEqual(['only']);
  });
});

describe('pickOne', () => {
  it('picks by the RNG and returns undefined for nothing', () => {
    expect(pickOne(['a', 'b', 'c'], () => 0.7)).toBe('c');
    expect(pickOne([], () => 0.7)).toBeUndefined();
  });
});

describe('randomSample', () => {
  it('draws distinct items in draw order', () => {
    // i=0: j=0+floor(0.5*4)=2 -> c; i=1: j=1+floor(0*3)=1 -> b
    expect(randomSample(['a', 'b', 'c', 'd'], 2, sequence(0.5, 0))).toEqual(['c', 'b']);
  });
  it('never repeats a position, whatever the RNG', () => {
    const out = randomSample([1, 2, 3, 4, 5], 5, () => 0.99);
    expect(sorted(out)).toEqual([1, 2, 3, 4, 5]);
  });
  it('caps the count at the list length and floors negative counts at zero', () => {
    expect(randomSample([1, 2], 5, () => 0)).toHaveLength(2);
    expect(randomSample([1, 2], -1, () => 0)).toEqual([]);
  });
  it('does not change its input', () => {
    const input = ['a', 'b', 'c'];
    randomSample(input, 2, () => 0.9);
    expect(input).toEqual(['a', 'b', 'c']);
  });
});
