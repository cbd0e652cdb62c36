import { describe, expect, it } from 'vitest';
import { chunk, clientOffsets, tickTimes } from './poll-schedule.ts';

describe('tickTimes', () => {
  it('ticks every interval from the offset until the duration ends', () => {
    expect(tickTimes(500, 2000, 6000)).toEqual([500, 2500, 4500]);
    expect(tickTimes(0, 2000, 30_000)).toHaveLength(15);
  });

  it('has no tick when the offset is past the end', () => {
    expect(tickTimes(7000, 2000, 6000)).toEqual([]);
  });

  it('refuses an interval that would never advance', () => {
    expect(() => tickTimes(0, 0, 10)).toThrow(RangeError);
  });
});

describe('clientOffsets', () => {
  it('spreads clients evenly over one interval', () => {
    expect(clientOffsets(4, 2000)).toEqual([0, 500, 1000, 1500]);
    expect(clientOffsets(10, 2000)[9]).toBe(1800);
  });
});

describe('chunk', () => {
  it('makes groups of the given size, the last one shorter', () => {
    expect(chunk(['a', 'b', 'c', 'd', 'e'], 2)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('cuts 1,000 ids into ten batches of 100', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `i-${i}`);
    expect(chunk(ids, 100).map((g) => g.length)).toEqual(new Array(10).fill(100));
  });

  it('refuses a size below 1', () => {
    expect(() => chunk([1], 0)).toThrow(RangeError);
  });
});
