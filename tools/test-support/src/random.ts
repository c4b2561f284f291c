/**
 * A small, fast, seeded generator (mulberry32): numbers in [0, 1) that repeat exactly for a seed, so
 * generated test data, benchmark inputs and training shuffles are the same on every run. One copy
 * for the workspace; never used where unpredictability matters.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
