/**
 * Deterministic shuffling and sampling. Everything random takes its randomness as an argument:
 * either a seed string (same seed, same order, so a learner's options do not jump about on reload)
 * or an injected `Rng` (tests pass a fixed sequence).
 */

/** Returns a number in [0, 1), like Math.random. */
export type Rng = () => number;

/** Hashes a string to an unsigned 32-bit integer (FNV-1a with a final avalanche mix). */
export function seedFromString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i += 1) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The mulberry32 generator: small, fast and good enough for shuffling answers. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded generator: the same seed string always gives the same sequence. */
export function rngFromSeed(seed: string): Rng {
  return mulberry32(seedFromString(seed));
}

/** A whole number in [0, maxExclusive). Values the RNG gives outside [0, 1) are clamped. */
export function randomInt(maxExclusive: number, rng: Rng): number {
  if (maxExclusive <= 0) return 0;
  const r = Math.min(Math.max(rng(), 0), 1 - Number.EPSILON);
  return Math.floor(r * maxExclusive);
}

/** A Fisher–Yates shuffle driven by `rng`. Returns a new array; the input is not changed. */
export function shuffleWith<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1, rng);
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}

/**
 * Shuffles `items` in an order fixed by `seed` (use e.g. the question id plus an attempt number).
 * For two or more items the result never keeps every item in its original position: if the
 * shuffle happens to give the original order, it is rotated by one. (Items that are equal values
 * may still look unchanged; positions are what differ.)
 */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const positions = shuffleWith(
    items.map((_, i) => i),
    rngFromSeed(seed),
  );
  if (positions.length >= 2 && positions.every((p, i) => p === i)) {
    positions.push(positions.shift() as number);
  }
  return positions.map((p) => items[p] as T);
}

/** One item picked by `rng`, or undefined for an empty list. */
export function pickOne<T>(items: readonly T[], rng: Rng): T | undefined {
  return items.length === 0 ? undefined : items[randomInt(items.length, rng)];
}

/**
 * `count` distinct items (by position) picked by `rng`, in the order they were drawn.
 * Asking for more than there are returns all of them, shuffled; a negative count returns none.
 */
export function randomSample<T>(items: readonly T[], count: number, rng: Rng): T[] {
  const n = Math.max(0, Math.min(Math.floor(count), items.length));
  const pool = [...items];
  for (let i = 0; i < n; i += 1) {
    const j = i + randomInt(pool.length - i, rng);
    const tmp = pool[i] as T;
    pool[i] = pool[j] as T;
    pool[j] = tmp;
  }
  return pool.slice(0, n);
}
