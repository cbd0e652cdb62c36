import { describe, expect, it } from 'vitest';
import { deriveSeed, dwellMs, mulberry32, pickWeighted, randomUuid } from './prng.ts';

describe('prng', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(first.every((n) => n >= 0 && n < 1)).toBe(true);
  });

  it('gives different sequences for different seeds and salts', () => {
    expect(mulberry32(1)()).not.toBe(mulberry32(2)());
    expect(deriveSeed(1, 1)).not.toBe(deriveSeed(1, 2));
  });

  it('draws UUID-shaped ids', () => {
    expect(randomUuid(mulberry32(7))).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('never picks a zero-weight choice', () => {
    const random = mulberry32(3);
    const picks = new Set(
      Array.from({ length: 200 }, () =>
        pickWeighted(random, [
          ['a', 1],
          ['b', 0],
          ['c', 2],
        ]),
      ),
    );
    expect(picks).toEqual(new Set(['a', 'c']));
  });

  it('keeps dwell times within their bounds', () => {
    const random = mulberry32(9);
    const dwells = Array.from({ length: 200 }, () => dwellMs(random, 15, 90));
    expect(Math.min(...dwells)).toBeGreaterThanOrEqual(15_000);
    expect(Math.max(...dwells)).toBeLessThanOrEqual(90_000);
  });
});
