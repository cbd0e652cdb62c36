import { describe, expect, it } from 'vitest';
import { TokenBucket } from './token-bucket.ts';

describe('TokenBucket', () => {
  it('lets a burst through at once, then spaces requests at the rate', () => {
    const bucket = new TokenBucket(10, 2, 0);
    expect(bucket.reserve(0, 100, 10_000)).toEqual({ ok: true, waitMs: 0 });
    expect(bucket.reserve(0, 100, 10_000)).toEqual({ ok: true, waitMs: 0 });
    expect(bucket.reserve(0, 100, 10_000)).toEqual({ ok: true, waitMs: 100 });
    expect(bucket.reserve(0, 100, 10_000)).toEqual({ ok: true, waitMs: 200 });
    expect(bucket.queued(0)).toBe(2);
  });

  it('refills with time, never above its capacity', () => {
    const bucket = new TokenBucket(10, 2, 0);
    bucket.reserve(0, 0, 0);
    bucket.reserve(0, 0, 0);
    expect(bucket.isFull(200)).toBe(true);
    expect(bucket.isFull(10_000)).toBe(true);
    bucket.reserve(10_000, 0, 0);
    bucket.reserve(10_000, 0, 0);
    expect(bucket.reserve(10_000, 0, 10_000)).toEqual({ ok: false, retryAfterMs: 1000 });
  });

  it('refuses when the queue is full and says when to come back', () => {
    const bucket = new TokenBucket(1, 1, 0);
    bucket.reserve(0, 2, 60_000);
    bucket.reserve(0, 2, 60_000);
    bucket.reserve(0, 2, 60_000);
    expect(bucket.reserve(0, 2, 60_000)).toEqual({ ok: false, retryAfterMs: 3000 });
    expect(bucket.queued(0)).toBe(2);
  });

  it('refuses a wait longer than the deadline allows', () => {
    const bucket = new TokenBucket(1, 1, 0);
    bucket.reserve(0, 100, 60_000);
    expect(bucket.reserve(0, 100, 500)).toEqual({ ok: false, retryAfterMs: 1000 });
    expect(bucket.reserve(0, 100, 1000)).toEqual({ ok: true, waitMs: 1000 });
  });
});
