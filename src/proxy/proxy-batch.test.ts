import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { json, startFakeUpstream, type FakeUpstream } from './fake-upstream.test-helpers.ts';
import { startProxy, type Harness } from './proxy-harness.test-helpers.ts';
import { BATCH_BODY_LIMIT_BYTES, BATCH_MAX_IDS } from './proxy-config.ts';

const BATCH = '/api/v1/p1/instances/status:batch';
let upstream: FakeUpstream;
let serverMode: Harness;
let passThrough: Harness;
let tokens = 0;

const post = (proxy: Harness, body: string, headers: Record<string, string> = {}) =>
  proxy.send({
    method: 'POST',
    target: BATCH,
    body,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

beforeAll(async () => {
  upstream = await startFakeUpstream((req, res) => {
    const id = /instances\/([^/]+)\/status/.exec(req.url ?? '')?.[1];
    if (id === 'gone')
      return json(res, 404, { error_code: 'CDC.404', error_msg: 'no such instance' });
    if (id === 'busy') {
      res.writeHead(429, { 'Content-Type': 'text/plain', 'Retry-After': '7' });
      return res.end('Too many requests');
    }
    if (id === 'odd') return json(res, 200, { state: 7 });
    return json(res, 200, { state: 'running', id });
  });
  serverMode = await startProxy(upstream.url, { serverToken: 'srv' });
  passThrough = await startProxy(upstream.url, { serverToken: null });
});
afterAll(async () => {
  await serverMode.close();
  await passThrough.close();
  await upstream.close();
});
beforeEach(() => {
  upstream.seen.length = 0;
});

describe('the batch route', () => {
  it('answers each id exactly as the single route would, in order', async () => {
    const ids = ['i-1', 'gone', 'busy', 'odd'];
    const token = { 'X-Auth-Token': `t-${(tokens += 1)}` };
    const res = await post(passThrough, JSON.stringify({ ids }), token);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const { items } = res.json() as { items: Record<string, unknown>[] };
    const singles = [];
    for (const id of ids) {
      const single = await passThrough.send({
        target: `/api/v1/p1/instances/${id}/status`,
        headers: { 'X-Auth-Token': `t-${(tokens += 1)}` },
      });
      singles.push({
        id,
        status: single.status,
        body: single.json(),
        ...(single.headers['retry-after'] ? { retryAfter: single.headers['retry-after'] } : {}),
      });
    }
    expect(items).toEqual(singles);
    expect(items[2]).toMatchObject({
      status: 429,
      retryAfter: '7',
      body: { error_code: 'DCW.THROTTLED' },
    });
    expect(items[3]).toMatchObject({ status: 502 });
  });

  it('calls the upstream once per id', async () => {
    const ids = Array.from({ length: 100 }, (_, i) => `i-${i}`);
    const res = await post(serverMode, JSON.stringify({ ids }));
    expect(res.status).toBe(200);
    expect(upstream.seen).toHaveLength(100);
  });

  it.each([
    ['bad JSON', '{"ids": [', 400],
    ['no ids array', '{"id": "i-1"}', 400],
    ['an array body', '["i-1"]', 400],
    ['no ids', '{"ids": []}', 400],
    [
      'one id too many',
      JSON.stringify({ ids: Array.from({ length: BATCH_MAX_IDS + 1 }, (_, i) => `i-${i}`) }),
      400,
    ],
    ['a bad id', '{"ids": ["i-1", "../etc"]}', 400],
    ['a number id', '{"ids": [1]}', 400],
    ['an over-long id', JSON.stringify({ ids: ['x'.repeat(65)] }), 400],
    ['a repeated id', '{"ids": ["i-1", "i-1"]}', 400],
    [
      'a body over the limit',
      JSON.stringify({ ids: ['i-1'], pad: 'x'.repeat(BATCH_BODY_LIMIT_BYTES) }),
      413,
    ],
  ])('refuses %s without calling the upstream', async (_name, body, status) => {
    const res = await post(serverMode, body);
    expect(res.status).toBe(status);
    expect(res.json()).toMatchObject({
      error_code: status === 413 ? 'DCW.PAYLOAD_TOO_LARGE' : 'DCW.BAD_REQUEST',
    });
    expect(upstream.seen).toHaveLength(0);
  });

  it('requires a JSON content type', async () => {
    const res = await serverMode.send({
      method: 'POST',
      target: BATCH,
      body: '{"ids":["i-1"]}',
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(res.status).toBe(400);
    expect(upstream.seen).toHaveLength(0);
  });

  it('answers 401 DCW.TOKEN_REQUIRED in pass-through mode without a token', async () => {
    const res = await post(passThrough, '{"ids":["i-1"]}');
    expect(res.status).toBe(401);
    expect(res.json()).toMatchObject({ error_code: 'DCW.TOKEN_REQUIRED' });
    expect(upstream.seen).toHaveLength(0);
  });

  it('is advertised by /api/config', async () => {
    expect((await serverMode.send('/api/config')).json()).toEqual({
      mode: 'upstream',
      tokenMode: 'server',
      demo: null,
      batch: { path: '/api/v1/{project_id}/instances/status:batch', maxIds: 100 },
      freshnessMs: 0,
    });
  });

  it("passes the launcher's mode and demo fleet on through /api/config", async () => {
    const demo = { projectId: 'demo-project', instanceIds: ['i-1', 'i-2'] };
    const proxy = await startProxy(upstream.url, { mode: 'simulator', demo, freshnessMs: 1000 });
    try {
      expect((await proxy.send('/api/config')).json()).toMatchObject({
        mode: 'simulator',
        demo,
        freshnessMs: 1000,
      });
    } finally {
      await proxy.close();
    }
  });
});
