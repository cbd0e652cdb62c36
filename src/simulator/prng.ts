/** A seeded source of numbers in [0, 1). */
export type Random = () => number;

/**
 * mulberry32: a tiny, fast 32-bit PRNG; the same seed always yields the same sequence.
 * @example const next = mulberry32(1); next() → 0.627…
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes a seed with a salt into an independent 32-bit seed (murmur3 finaliser). */
export function deriveSeed(seed: number, salt: number): number {
  let h = (seed ^ Math.imul(salt + 0x9e3779b9, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** `n` lowercase hex digits drawn from `random`. */
export function randomHex(random: Random, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += Math.floor(random() * 16).toString(16);
  return out;
}

/** A version-4-shaped UUID drawn from `random`: `xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx`. */
export function randomUuid(random: Random): string {
  const variant = (8 + Math.floor(random() * 4)).toString(16);
  return [
    randomHex(random, 8),
    randomHex(random, 4),
    `4${randomHex(random, 3)}`,
    `${variant}${randomHex(random, 3)}`,
    randomHex(random, 12),
  ].join('-');
}

/** Picks one of `choices` by weight; weights need not sum to 1. */
export function pickWeighted<T>(random: Random, choices: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, weight] of choices) total += weight;
  let roll = random() * total;
  for (const [value, weight] of choices) {
    roll -= weight;
    if (roll < 0 && weight > 0) return value;
  }
  const last = choices.findLast(([, weight]) => weight > 0) ?? choices.at(-1);
  if (last === undefined) throw new RangeError('pickWeighted needs at least one choice');
  return last[0];
}

/** Log-uniform duration between `minS` and `maxS` seconds, in ms: short waits are likelier. */
export function dwellMs(random: Random, minS: number, maxS: number): number {
  return Math.round(minS * Math.pow(maxS / minS, random()) * 1000);
}
