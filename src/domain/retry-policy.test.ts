import { describe, expect, it } from 'vitest';
import type { FetchProblem, FetchProblemKind } from './fetch-problem.ts';
import { retryDelayMs, shouldRetry } from './retry-policy.ts';

const problem = (kind: FetchProblemKind, retryAfterMs?: number): FetchProblem => ({
  kind,
  message: kind,
  ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
});

describe('shouldRetry', () => {
  it.each<[FetchProblemKind, boolean]>([
    ['unauthorized', false],
    ['forbidden', false],
    ['not-found', false],
    ['bad-request', false],
    ['throttled', true],
    ['server', true],
    ['bad-gateway', true],
    ['timeout', true],
    ['network', true],
    ['invalid-response', true],
  ])('%s on the first failure → %s', (kind, expected) => {
    expect(shouldRetry(0, problem(kind))).toBe(expected);
  });

  it.each([
    [0, true],
    [1, true],
    [2, true],
    [3, false],
    [10, false],
  ])('server error after %i earlier failures → %s (4 tries in all)', (failureCount, expected) => {
    expect(shouldRetry(failureCount, problem('server'))).toBe(expected);
  });
});

describe('retryDelayMs', () => {
  it.each<[string, number, FetchProblem, number, number]>([
    ['first retry, top of the jitter', 0, problem('server'), 0.999_999, 1000],
    ['first retry, middle', 0, problem('server'), 0.5, 500],
    ['second retry', 1, problem('network'), 0.5, 1000],
    ['third retry', 2, problem('timeout'), 0.5, 2000],
    ['full jitter can be zero', 3, problem('server'), 0, 0],
    ['capped at 60 s', 10, problem('bad-gateway'), 1, 60_000],
    ['huge counts stay capped', 5000, problem('server'), 1, 60_000],
    ['throttled with Retry-After', 0, problem('throttled', 5000), 0.5, 5000],
    ['Retry-After wins over backoff', 6, problem('throttled', 250), 1, 250],
    ['throttled without Retry-After', 2, problem('throttled'), 0.5, 2000],
    ['negative count as first', -1, problem('server'), 1, 1000],
    ['random above 1 clamped', 0, problem('server'), 7, 1000],
    ['random below 0 clamped', 0, problem('server'), -3, 0],
  ])('%s', (_name, failureCount, p, r, expected) => {
    expect(retryDelayMs(failureCount, p, () => r)).toBe(expected);
  });

  it('uses Math.random by default, within the bound', () => {
    const delay = retryDelayMs(1, problem('server'));
    expect(delay).toBeGreaterThanOrEqual(0);
    expect(delay).toBeLessThanOrEqual(2000);
  });
});
