import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeUpstream, type FakeUpstream } from './fake-upstream.test-helpers.ts';
import { startProxy, type Harness } from './proxy-harness.test-helpers.ts';

let upstream: FakeUpstream;
let proxy: Harness;
const token = { 'X-Auth-Token': 'browser-token' };

beforeAll(async () => {
  upstream = await startFakeUpstream();
  proxy = await startProxy(upstream.url);
});
afterAll(async () => {
  await proxy.close();
  await upstream.close();
});
beforeEach(() => {
  upstream.seen.length = 0;
});

describe('hostile request targets never reach the upstream', () => {
  it.each([
    'http://evil.example/api/v1/p/instances/i/status',
    'http://127.0.0.1/api/v1/p/instances/i/status',
    '//evil.example/api/v1/p/instances/i/status',
    '/api/v1/p/instances/../../v2/status',
    '/api/v1/p/instances/%2e%2e/status',
    '/api/v1/p/instances/%2E%2E%2F%2E%2E/status',
    '/api/v1/p/instances/a%2Fb/status',
    '/api/v1/p/instances/a%5cb/status',
    '/api/v1/p/instances/a%00b/status',
    '/api/v1/p/instances/a%0d%0aX-Injected:%201/status',
    '/api/v1/p/instances/a\\b/status',
    '/api/v1/p//instances/i/status',
    '/api/v1/p/instances/./i/status',
    `/api/v1/p/instances/${'x'.repeat(65)}/status`,
    '/api/v1/p/instances/a.b/status',
    '/api/v1/p/instances/i/status/extra',
    '/api/v1/p/instances/i',
    '/api/v2/p/instances/i/status',
    '/API/v1/p/instances/i/status',
  ])('GET %s → 4xx JSON', async (target) => {
    const res = await proxy.send({ target, headers: token });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.json()).toMatchObject({ error_code: expect.stringMatching(/^DCW\./) });
    expect(upstream.seen).toHaveLength(0);
  });

  it.each(['/api/v1/p/instances/a\u0001b/status', '/api/v1/p/instances/a\u007fb/status'])(
    'GET %j with a raw control character → 400',
    async (target) => {
      const res = await proxy.send({ target, headers: token });
      expect(res.status).toBe(400);
      expect(upstream.seen).toHaveLength(0);
    },
  );

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'])(
    '%s on the status route → 405 with Allow: GET',
    async (method) => {
      const res = await proxy.send({
        method,
        target: '/api/v1/p/instances/i/status',
        headers: token,
      });
      expect(res.status).toBe(405);
      expect(res.headers['allow']).toBe('GET');
      expect(upstream.seen).toHaveLength(0);
    },
  );

  it('GET on the batch route → 405 with Allow: POST', async () => {
    const res = await proxy.send({ target: '/api/v1/p/instances/status:batch', headers: token });
    expect(res.status).toBe(405);
    expect(res.headers['allow']).toBe('POST');
    expect(upstream.seen).toHaveLength(0);
  });

  it('drops the query string instead of forwarding it', async () => {
    const res = await proxy.send({
      target: '/api/v1/p1/instances/i-1/status?limit=5&x-auth-token=leak',
      headers: token,
    });
    expect(res.status).toBe(200);
    expect(upstream.seen.map((r) => r.url)).toEqual(['/v1/p1/instances/i-1/status']);
  });

  it('answers an unknown API route with 404 DCW.NOT_FOUND', async () => {
    const res = await proxy.send('/api/v1/p/instances');
    expect(res.status).toBe(404);
    expect(res.json()).toMatchObject({ error_code: 'DCW.NOT_FOUND' });
  });
});
