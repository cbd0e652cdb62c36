import { describe, expect, it } from 'vitest';
import { rotator } from './rotator.ts';

describe('rotator', () => {
  it('goes round the items in order', () => {
    const next = rotator(['a', 'b', 'c']);
    expect(Array.from({ length: 7 }, next)).toEqual(['a', 'b', 'c', 'a', 'b', 'c', 'a']);
  });

  it('needs something to rotate', () => {
    expect(() => rotator([])).toThrow(RangeError);
  });
});
