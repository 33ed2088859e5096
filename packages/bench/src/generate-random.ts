// A seeded PRNG (mulberry32) so the same { articles, seed } always gives the same synthetic corpus.
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max]. */
  int(min: number, max: number): number;
  /** Index in [0, size) skewed towards 0 (a few popular people, a long tail), like news coverage. */
  skewed(size: number, exponent?: number): number;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    skewed: (size, exponent = 2.5) => Math.min(size - 1, Math.floor(size * next() ** exponent)),
  };
}
