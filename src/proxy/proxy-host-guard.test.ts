import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeUpstream, type FakeUpstream } from './fake-upstream.test-helpers.ts';
import { startProxy, type Harness } from './proxy-harness.test-helpers.ts';

let upstream: FakeUpstream;
let proxy: Harness;
let port: string;

beforeAll(async () => {
  upstream = await startFakeUpstream();
  proxy = await startProxy(upstream.url, { serverToken: 'tok', allowedHosts: ['dcwatch.example'] });
  port = new URL(proxy.url).port;
});
afterAll(async () => {
  await proxy.close();
  await upstream.close();
});

describe('the Host guard', () => {
  it.each([
    (p: string) => `127.0.0.1:${p}`,
    (p: string) => `localhost:${p}`,
    (p: string) => `[::1]:${p}`,
    () => 'dcwatch.example',
  ])('serves %s', async (host) => {
    const res = await proxy.send({ target: '/api/v1/p/instances/i/status', host: host(port) });
    expect(res.status).toBe(200);
  });

  it.each([
    (p: string) => `rebind.evil.example:${p}`,
    () => 'localhost',
    (p: string) => `localhost:${Number(p) + 1}`,
    () => null,
  ])('refuses %s with 421 before any upstream call', async (host) => {
    upstream.seen.length = 0;
    for (const target of ['/api/v1/p/instances/i/status', '/', '/healthz', '/api/config']) {
      const res = await proxy.send({ target, host: host(port) });
      expect(res.status).toBe(421);
      expect(res.json()).toMatchObject({ error_code: 'DCW.HOST_NOT_ALLOWED' });
    }
    expect(upstream.seen).toHaveLength(0);
  });
});
