import { describe, expect, it } from 'vitest';
import { requestWaitMs, requestWindowStats, type RequestRecord } from './request-timing.ts';

describe('requestWaitMs', () => {
  it('is the time from issue to send start', () => {
    expect(requestWaitMs(100, { requestTime: 100.004, sendStart: 1 })).toBeCloseTo(5);
  });

  it('is undefined for a request that was never sent', () => {
    expect(requestWaitMs(100, { requestTime: 100.004, sendStart: -1 })).toBeUndefined();
    expect(requestWaitMs(100, undefined)).toBeUndefined();
  });

  it('never goes below zero when the clocks round differently', () => {
    expect(requestWaitMs(100.0005, { requestTime: 100, sendStart: 0 })).toBe(0);
  });
});

describe('requestWindowStats', () => {
  const post = (queuedAt: number, waitMs?: number): RequestRecord => ({
    url: 'http://127.0.0.1:1/api/v1/p1/instances/status:batch',
    method: 'POST',
    queuedAt,
    ...(waitMs === undefined ? {} : { waitMs }),
  });

  it('counts requests per 10 s inside the window only', () => {
    const stats = requestWindowStats(
      [post(500), post(1000, 2), post(9999, 4), post(10_000, 30), post(25_000), post(30_000)],
      1000,
      30_000,
    );
    expect(stats.requests).toBe(4);
    expect(stats.per10s).toEqual([3, 0]);
    expect(stats.maxPer10s).toBe(3);
    expect(stats.waitMaxMs).toBe(30);
    expect(stats.byPath).toEqual({ 'POST /api/v1/…/instances/…': 4 });
  });

  it('leaves a last sliver shorter than 10 s out of the buckets, not out of the count', () => {
    const stats = requestWindowStats([post(0), post(10_000), post(20_050)], 0, 20_100);
    expect(stats.per10s).toEqual([1, 1]);
    expect(stats.requests).toBe(3);
  });

  it('takes p95 of the waits it has', () => {
    const records = Array.from({ length: 20 }, (_, i) => post(i * 100, i + 1));
    expect(requestWindowStats(records, 0, 10_000).waitP95Ms).toBe(19);
  });

  it('reports no wait for a window without requests', () => {
    expect(requestWindowStats([], 0, 60_000)).toMatchObject({
      requests: 0,
      maxPer10s: 0,
      waitP95Ms: undefined,
    });
  });
});
