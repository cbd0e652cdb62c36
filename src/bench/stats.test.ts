import { describe, expect, it } from 'vitest';
import {
  countPerBucket,
  maxInSlidingWindow,
  mean,
  percentile,
  ratio,
  round,
  sum,
  upstreamPerWindow,
} from './stats.ts';

describe('percentile', () => {
  it.each([
    [50, 3],
    [0, 1],
    [100, 5],
    [99, 5],
    [20, 1],
    [21, 2],
  ])('p%d of 1..5 is %d (nearest rank)', (p, expected) => {
    expect(percentile([5, 1, 3, 2, 4], p)).toBe(expected);
  });

  it('takes p95 of 100 values as the 95th smallest', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 95)).toBe(95);
  });

  it('has nothing to say about no values', () => {
    expect(percentile([], 50)).toBeUndefined();
  });

  it('refuses a p outside 0..100', () => {
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it('does not reorder the caller’s array', () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('sum, mean, round', () => {
  it('adds and averages', () => {
    expect(sum([1, 2, 3])).toBe(6);
    expect(mean([1, 2, 3])).toBe(2);
    expect(mean([])).toBeUndefined();
  });

  it('rounds to the given decimals', () => {
    expect(round(1.23456)).toBe(1.23);
    expect(round(1.23456, 3)).toBe(1.235);
    expect(round(1234.5, 0)).toBe(1235);
  });
});

describe('ratio', () => {
  it('divides', () => {
    expect(ratio(3, 4)).toBe(0.75);
  });

  it.each([
    [undefined, 1],
    [1, undefined],
    [1, 0],
    [Number.NaN, 1],
  ])('is undefined for %s / %s', (a, b) => {
    expect(ratio(a, b)).toBeUndefined();
  });
});

describe('upstreamPerWindow', () => {
  it('is 1 when each instance was fetched once per freshness window', () => {
    expect(
      upstreamPerWindow({
        upstreamRequests: 30_000,
        instances: 1000,
        durationMs: 30_000,
        freshnessMs: 1000,
      }),
    ).toBe(1);
  });

  it('shows extra fetches above 1', () => {
    expect(
      upstreamPerWindow({
        upstreamRequests: 3150,
        instances: 100,
        durationMs: 30_000,
        freshnessMs: 1000,
      }),
    ).toBeCloseTo(1.05);
  });
});

describe('countPerBucket', () => {
  it('counts events per bucket and ignores those outside the range', () => {
    expect(countPerBucket([0, 5, 9_999, 10_000, 25_000, 30_000, -1], 0, 30_000, 10_000)).toEqual([
      3, 1, 1,
    ]);
  });

  it('keeps a last, partial bucket', () => {
    expect(countPerBucket([14_000], 0, 15_000, 10_000)).toEqual([0, 1]);
  });
});

describe('maxInSlidingWindow', () => {
  it('finds the busiest span of the given length anywhere', () => {
    expect(maxInSlidingWindow([0, 5, 9, 12, 30], 10)).toBe(3);
    expect(maxInSlidingWindow([12, 0, 9, 5], 10)).toBe(3);
  });

  it('counts a span as half-open: events exactly windowMs apart are in different windows', () => {
    expect(maxInSlidingWindow([0, 10, 20], 10)).toBe(1);
  });

  it('is 0 without events', () => {
    expect(maxInSlidingWindow([], 10_000)).toBe(0);
  });
});
