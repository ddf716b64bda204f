/** A seed for a random schedule: `FAULTS_SEED`-style variables pass one in to replay a run. */
export function randomSeed(): number {
  return Math.floor(Math.random() * 2 ** 31);
}

/** Deterministic numbers in [0, 1) from a 32-bit seed (mulberry32): the same seed, the same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}
