import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetAuthStore, useAuthStore } from '../stores/auth-store.ts';
import { apiRequest } from './api-client.ts';
import { ApiError } from './api-error.ts';

const parseAny = (body: unknown) => ({ ok: true as const, value: body });
const parseState = (body: unknown) =>
  typeof body === 'object' && body !== null && 'state' in body
    ? { ok: true as const, value: body }
    : { ok: false as const, reason: 'no state' };

function respond(status: number, body: string, headers: Record<string, string> = {}) {
  return vi.fn().mockResolvedValue(new Response(body, { status, headers }));
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

beforeEach(() => resetAuthStore());
afterEach(() => vi.unstubAllGlobals());

describe('apiRequest', () => {
  it('returns the parsed body of a 200', async () => {
    vi.stubGlobal('fetch', respond(200, '{"state":"running"}'));
    await expect(apiRequest('/api/x', { parse: parseState })).resolves.toEqual({
      state: 'running',
    });
  });

  it.each([
    [
      401,
      '{"error_code":"APIGW.0301","error_msg":"Incorrect token"}',
      'unauthorized',
      'APIGW.0301',
    ],
    [403, '{"error_code":"IAM.1","error_msg":"Forbidden"}', 'forbidden', 'IAM.1'],
    [404, '{"error_code":"CDC.404","error_msg":"No such instance"}', 'not-found', 'CDC.404'],
    [500, '{"error_code":"CDC.500","error_msg":"Internal"}', 'server', 'CDC.500'],
    [
      502,
      '{"error_code":"DCW.UPSTREAM_UNREACHABLE","error_msg":"down"}',
      'bad-gateway',
      'DCW.UPSTREAM_UNREACHABLE',
    ],
    [
      504,
      '{"error_code":"DCW.UPSTREAM_TIMEOUT","error_msg":"slow"}',
      'timeout',
      'DCW.UPSTREAM_TIMEOUT',
    ],
  ])('turns %i into a typed ApiError', async (status, body, kind, code) => {
    vi.stubGlobal('fetch', respond(status, body, { 'content-type': 'application/json' }));
    const error = await failure(apiRequest('/api/x', { parse: parseAny }));
    expect([error.kind, error.status, error.code]).toEqual([kind, status, code]);
    expect(error.message).not.toBe('');
  });

  it('keeps Retry-After of a 429 as retryAfterMs and retryAt', async () => {
    vi.stubGlobal('fetch', respond(429, 'Too many requests', { 'retry-after': '5' }));
    const before = Date.now();
    const error = await failure(apiRequest('/api/x', { parse: parseAny }));
    expect(error.kind).toBe('throttled');
    expect(error.retryAfterMs).toBe(5000);
    expect(error.retryAt).toBeGreaterThanOrEqual(before + 5000);
    expect(error.message).toBe('Too many requests');
  });

  it('reports a 200 whose body is not JSON or fails the schema as invalid-response', async () => {
    vi.stubGlobal('fetch', respond(200, '<html>gateway</html>'));
    expect((await failure(apiRequest('/api/x', { parse: parseState }))).kind).toBe(
      'invalid-response',
    );
    vi.stubGlobal('fetch', respond(200, '{"nope":1}'));
    expect((await failure(apiRequest('/api/x', { parse: parseState }))).kind).toBe(
      'invalid-response',
    );
  });

  it('reports a rejected fetch as a network problem', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    expect((await failure(apiRequest('/api/x', { parse: parseAny }))).kind).toBe('network');
  });

  it('times out on the client side', async () => {
    vi.useFakeTimers();
    try {
      vi.stubGlobal(
        'fetch',
        vi.fn(
          (_url: string, init: RequestInit) =>
            new Promise((_resolve, reject) =>
              init.signal?.addEventListener('abort', () =>
                reject(new DOMException('Aborted', 'AbortError')),
              ),
            ),
        ),
      );
      const pending = failure(apiRequest('/api/x', { parse: parseAny, timeoutMs: 1000 }));
      await vi.advanceTimersByTimeAsync(1000);
      expect((await pending).kind).toBe('timeout');
    } finally {
      vi.useRealTimers();
    }
  });

  it('rethrows a caller abort instead of calling it a problem', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new DOMException('Aborted', 'AbortError'))),
    );
    const controller = new AbortController();
    controller.abort();
    await expect(
      apiRequest('/api/x', { parse: parseAny, signal: controller.signal }),
    ).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it('sends the pass-through token as X-Auth-Token, never in the URL', async () => {
    const fetchMock = respond(200, '{}');
    vi.stubGlobal('fetch', fetchMock);
    useAuthStore.setState({ tokenMode: 'pass-through', token: 'secret-token' });
    await apiRequest('/api/x', { parse: parseAny });
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).not.toContain('secret-token');
    expect(new Headers(init.headers).get('X-Auth-Token')).toBe('secret-token');
  });

  it('sends no token in server mode', async () => {
    const fetchMock = respond(200, '{}');
    vi.stubGlobal('fetch', fetchMock);
    useAuthStore.setState({ tokenMode: 'server', token: 'stale' });
    await apiRequest('/api/x', { parse: parseAny });
    const [, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(new Headers(init.headers).has('X-Auth-Token')).toBe(false);
  });
});
