import { afterEach, describe, expect, it } from 'vitest';
import { json, startFakeUpstream, type FakeUpstream } from './fake-upstream.test-helpers.ts';
import { startProxy, type Harness } from './proxy-harness.test-helpers.ts';

const SERVER_TOKEN = 'srv-TOKEN-7f3a9c';
const BROWSER_TOKEN = 'brw-TOKEN-19be44';
const TARGET = '/api/v1/p1/instances/i-1/status';

let upstream: FakeUpstream;
let proxy: Harness;

async function setup(serverToken: string | null) {
  upstream = await startFakeUpstream();
  proxy = await startProxy(upstream.url, { serverToken });
}

afterEach(async () => {
  await proxy.close();
  await upstream.close();
});

describe('with a server-held token', () => {
  it('sends its own token, never the browser one', async () => {
    await setup(SERVER_TOKEN);
    const res = await proxy.send({ target: TARGET, headers: { 'X-Auth-Token': BROWSER_TOKEN } });
    expect(res.status).toBe(200);
    expect(upstream.seen[0]?.headers['x-auth-token']).toBe(SERVER_TOKEN);
  });

  it('works without a browser token and says so in /api/config', async () => {
    await setup(SERVER_TOKEN);
    expect((await proxy.send(TARGET)).status).toBe(200);
    expect((await proxy.send('/api/config')).json()).toMatchObject({ tokenMode: 'server' });
  });

  it('forwards only Accept and the token, none of the browser headers', async () => {
    await setup(SERVER_TOKEN);
    await proxy.send({
      target: TARGET,
      headers: {
        Cookie: 'sid=1',
        Authorization: 'Basic eA==',
        'X-Forwarded-For': '6.6.6.6',
        Connection: 'keep-alive, X-Secret',
        'X-Secret': 'boo',
      },
    });
    const headers = upstream.seen[0]?.headers ?? {};
    expect(headers['x-auth-token']).toBe(SERVER_TOKEN);
    expect(headers['accept']).toBe('application/json');
    for (const name of ['cookie', 'authorization', 'x-forwarded-for', 'x-secret']) {
      expect(headers).not.toHaveProperty(name);
    }
  });

  it('scrubs the token from anything the upstream echoes back', async () => {
    await setup(SERVER_TOKEN);
    upstream.handle((req, res) =>
      json(res, 401, {
        error_code: 'APIGW.0301',
        error_msg: `bad token ${String(req.headers['x-auth-token'])}`,
      }),
    );
    const res = await proxy.send(TARGET);
    expect(res.status).toBe(401);
    expect(res.body).not.toContain(SERVER_TOKEN);
    expect(res.json()).toMatchObject({ error_code: 'APIGW.0301' });
  });
});

describe('in pass-through mode', () => {
  it('forwards the browser token', async () => {
    await setup(null);
    const res = await proxy.send({ target: TARGET, headers: { 'X-Auth-Token': BROWSER_TOKEN } });
    expect(res.status).toBe(200);
    expect(upstream.seen[0]?.headers['x-auth-token']).toBe(BROWSER_TOKEN);
    expect((await proxy.send('/api/config')).json()).toMatchObject({ tokenMode: 'pass-through' });
  });

  it('answers 401 DCW.TOKEN_REQUIRED without a token, never calling the upstream', async () => {
    await setup(null);
    const res = await proxy.send(TARGET);
    expect(res.status).toBe(401);
    expect(res.json()).toMatchObject({ error_code: 'DCW.TOKEN_REQUIRED' });
    expect(upstream.seen).toHaveLength(0);
  });
});

describe('logs', () => {
  it('write one line per request with no token in it', async () => {
    await setup(SERVER_TOKEN);
    await proxy.send({ target: TARGET, headers: { 'X-Auth-Token': BROWSER_TOKEN } });
    await proxy.send({
      target: `/${BROWSER_TOKEN}?t=${SERVER_TOKEN}`,
      headers: { 'X-Auth-Token': BROWSER_TOKEN },
    });
    upstream.handle((req) => req.socket.destroy());
    await proxy.send({ target: '/api/v1/p1/instances/i-2/status' });
    await expect.poll(() => proxy.logs.length).toBe(3);
    const all = proxy.logs.join('');
    expect(all).not.toContain(SERVER_TOKEN);
    expect(all).not.toContain(BROWSER_TOKEN);
    const first = JSON.parse(proxy.logs[0] ?? '{}') as Record<string, unknown>;
    expect(first).toMatchObject({
      method: 'GET',
      path: TARGET,
      status: 200,
      upstreamStatus: 200,
      cache: 'miss',
      durationMs: expect.any(Number),
    });
  });

  it('do not carry a pass-through token either', async () => {
    await setup(null);
    await proxy.send({ target: TARGET, headers: { 'X-Auth-Token': BROWSER_TOKEN } });
    await expect.poll(() => proxy.logs.length).toBe(1);
    expect(proxy.logs.join('')).not.toContain(BROWSER_TOKEN);
  });
});
