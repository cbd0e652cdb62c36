import { describe, expect, it } from 'vitest';
import { busyPercent } from './cdp-probes.ts';

describe('busyPercent', () => {
  it('is task time over wall time between two samples', () => {
    const from = { timestamp: 100, taskDuration: 3, jsHeapUsedSize: 0 };
    const to = { timestamp: 160, taskDuration: 6, jsHeapUsedSize: 0 };
    expect(busyPercent(from, to)).toBeCloseTo(5);
  });
});
