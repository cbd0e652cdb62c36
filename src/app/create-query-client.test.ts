import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../lib/api-error.ts';
import { resetAuthStore, useAuthStore } from '../stores/auth-store.ts';
import { createAppQueryClient, retryDelayQuery, retryQuery } from './create-query-client.ts';

const problem = (kind: ApiError['kind'], retryAfterMs?: number) =>
  new ApiError({ kind, message: kind, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) });

afterEach(() => {
  vi.useRealTimers();
  resetAuthStore();
});

describe('retry wiring', () => {
  it.each(['unauthorized', 'forbidden', 'not-found', 'bad-request'] as const)(
    'never retries %s',
    (kind) => {
      expect(retryQuery(0, problem(kind))).toBe(false);
    },
  );

  it.each(['throttled', 'server', 'bad-gateway', 'timeout', 'network'] as const)(
    'retries %s',
    (kind) => {
      expect(retryQuery(0, problem(kind))).toBe(true);
    },
  );

  it('does not retry errors that are not ApiErrors', () => {
    expect(retryQuery(0, new Error('bug'))).toBe(false);
  });

  it('waits for Retry-After when throttled', () => {
    expect(retryDelayQuery(0, problem('throttled', 5000))).toBe(5000);
  });

  it('backs off within the cap for server errors', () => {
    const delay = retryDelayQuery(3, problem('server'));
    expect(delay).toBeGreaterThanOrEqual(0);
    expect(delay).toBeLessThanOrEqual(8000);
  });
});

describe('createAppQueryClient', () => {
  it('retries a 500 with backoff until it succeeds', async () => {
    vi.useFakeTimers();
    const client = createAppQueryClient();
    const queryFn = vi
      .fn()
      .mockRejectedValueOnce(problem('server'))
      .mockResolvedValueOnce({ status: { state: 'running' }, raw: {} });
    const pending = client.fetchQuery({ queryKey: ['instances', 'p', 'i', 'status'], queryFn });
    await vi.advanceTimersByTimeAsync(60_000);
    await expect(pending).resolves.toMatchObject({ status: { state: 'running' } });
    expect(queryFn).toHaveBeenCalledTimes(2);
  });

  it('does not retry a 404', async () => {
    const client = createAppQueryClient();
    const queryFn = vi.fn().mockRejectedValue(problem('not-found'));
    await expect(
      client.fetchQuery({ queryKey: ['instances', 'p', 'i', 'status'], queryFn }),
    ).rejects.toBeInstanceOf(ApiError);
    expect(queryFn).toHaveBeenCalledTimes(1);
  });

  it('drops a rejected pass-through token on 401', async () => {
    useAuthStore.setState({ tokenMode: 'pass-through', token: 't' });
    const client = createAppQueryClient();
    const queryFn = vi.fn().mockRejectedValue(problem('unauthorized'));
    await client
      .fetchQuery({ queryKey: ['instances', 'p', 'i', 'status'], queryFn })
      .catch(() => undefined);
    expect(useAuthStore.getState()).toMatchObject({ token: null, tokenRejected: true });
  });
});
