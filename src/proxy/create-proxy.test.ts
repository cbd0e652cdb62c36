import type { ServerResponse } from 'node:http';
import { Agent, request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { createProxy } from './create-proxy.ts';
import { json, startFakeUpstream, type FakeUpstream } from './fake-upstream.test-helpers.ts';
import { loadConfig } from './load-config.ts';
import { ConfigError } from './proxy-config.ts';
import { startProxy } from './proxy-harness.test-helpers.ts';
import { rawRequest } from './raw-http.test-helpers.ts';

let upstream: FakeUpstream;
afterEach(async () => {
  await upstream.close();
});

describe('createProxy', () => {
  it('needs an upstream endpoint', async () => {
    upstream = await startFakeUpstream();
    expect(() => createProxy({ ...loadConfig({}), endpoint: null })).toThrow(ConfigError);
  });

  it('listens on the configured host and answers /healthz', async () => {
    upstream = await startFakeUpstream();
    const proxy = await startProxy(upstream.url);
    try {
      expect(proxy.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const res = await proxy.send('/healthz');
      expect(res.json()).toEqual({ ok: true });
      expect((await proxy.send({ method: 'HEAD', target: '/healthz' })).status).toBe(200);
    } finally {
      await proxy.close();
    }
  });

  it('forwards under the endpoint base path', async () => {
    upstream = await startFakeUpstream();
    const proxy = await startProxy(`${upstream.url}/clouddc/base/`, { serverToken: 'tok' });
    try {
      expect((await proxy.send('/api/v1/p1/instances/i-1/status')).status).toBe(200);
      expect(upstream.seen.map((r) => `${r.method} ${r.url}`)).toEqual([
        'GET /clouddc/base/v1/p1/instances/i-1/status',
      ]);
    } finally {
      await proxy.close();
    }
  });

  it('rejects listen() when the port is taken', async () => {
    upstream = await startFakeUpstream();
    const port = Number(new URL(upstream.url).port);
    const proxy = createProxy({
      ...loadConfig({}),
      endpoint: upstream.url,
      port,
      logLevel: 'silent',
    });
    await expect(proxy.listen()).rejects.toThrow(/EADDRINUSE/);
    await proxy.close();
  });

  it('closes with idle keep-alive clients connected', async () => {
    upstream = await startFakeUpstream();
    const proxy = await startProxy(upstream.url, { serverToken: 'tok' });
    const agent = new Agent({ keepAliveTimeout: 60_000 });
    try {
      const res = await request(`${proxy.url}/api/v1/p/instances/i/status`, { dispatcher: agent });
      await res.body.text();
      await proxy.close();
      await expect(rawRequest(proxy.url, { target: '/healthz' })).rejects.toThrow(/ECONNREFUSED/);
    } finally {
      await agent.destroy();
    }
  });

  it('lets a request in flight finish before close() resolves', async () => {
    upstream = await startFakeUpstream();
    const held: ServerResponse[] = [];
    upstream.handle((_req, res) => held.push(res));
    const proxy = await startProxy(upstream.url, { serverToken: 'tok' });
    const answer = proxy.send('/api/v1/p/instances/i/status');
    await expect.poll(() => held.length).toBe(1);
    const closed = proxy.close();
    for (const res of held) json(res, 200, { state: 'pending' });
    expect((await answer).json()).toEqual({ state: 'pending' });
    await closed;
  });
});
