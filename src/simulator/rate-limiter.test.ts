import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limiter.ts';

describe('createRateLimiter', () => {
  it('lets a burst through, then asks to retry after the refill time', () => {
    let now = 0;
    const limiter = createRateLimiter({ perSecond: 2, burst: 3 }, () => now);
    const decisions = Array.from({ length: 4 }, () => limiter.take('t'));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
    expect(decisions[3]).toEqual({ allowed: false, retryAfterSeconds: 1 });
    now = 500;
    expect(limiter.take('t').allowed).toBe(true);
  });

  it('keeps one budget per key', () => {
    const limiter = createRateLimiter({ perSecond: 1, burst: 1 }, () => 0);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('b').allowed).toBe(true);
  });

  it('rounds a slow refill up to whole seconds', () => {
    const limiter = createRateLimiter({ perSecond: 0.1, burst: 1 }, () => 0);
    limiter.take('t');
    expect(limiter.take('t')).toEqual({ allowed: false, retryAfterSeconds: 10 });
  });
});
