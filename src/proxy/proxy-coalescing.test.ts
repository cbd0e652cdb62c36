import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { json, startFakeUpstream, type FakeUpstream } from './fake-upstream.test-helpers.ts';
import { startProxy, type Harness } from './proxy-harness.test-helpers.ts';

const TARGET = '/api/v1/p1/instances/i-1/status';
const withToken = (token: string) => ({ target: TARGET, headers: { 'X-Auth-Token': token } });

let upstream: FakeUpstream;
let proxy: Harness;
let clock = 1_000_000;

async function setup(freshnessMs: number) {
  upstream = await startFakeUpstream();
  proxy = await startProxy(upstream.url, { serverToken: null, freshnessMs }, { now: () => clock });
}

afterEach(async () => {
  await proxy.close();
  await upstream.close();
});

/** Holds upstream answers until `release()`. */
function holdUpstream() {
  const held: ServerResponse[] = [];
  upstream.handle((_req: IncomingMessage, res) => held.push(res));
  return {
    held,
    release: () => held.forEach((res) => json(res, 200, { state: 'running' })),
  };
}

/** Resolves once the proxy has taken `n` requests in (each is registered with the coalescer by then). */
function received(n: number): Promise<void> {
  let seen = 0;
  return new Promise((resolve) => {
    proxy.server.on('request', () => {
      seen += 1;
      if (seen === n) resolve();
    });
  });
}

describe('coalescing', () => {
  it('sends one upstream request for many identical ones in flight', async () => {
    await setup(0);
    const gate = holdUpstream();
    const arrived = received(10);
    const answers = Promise.all(Array.from({ length: 10 }, () => proxy.send(withToken('tok-a'))));
    await arrived;
    await expect.poll(() => gate.held.length).toBe(1);
    gate.release();
    const results = await answers;
    expect(results.map((r) => r.status)).toEqual(Array<number>(10).fill(200));
    expect(upstream.seen).toHaveLength(1);
  });

  it('reuses an answer within the freshness window, then asks again', async () => {
    await setup(1000);
    await proxy.send(withToken('tok-a'));
    clock += 999;
    const reused = await proxy.send(withToken('tok-a'));
    expect(reused.json()).toEqual({ state: 'running' });
    expect(upstream.seen).toHaveLength(1);
    clock += 1;
    await proxy.send(withToken('tok-a'));
    expect(upstream.seen).toHaveLength(2);
    await expect.poll(() => proxy.logs.length).toBe(3);
    expect(proxy.logs.map((line) => (JSON.parse(line) as { cache: string }).cache)).toEqual([
      'miss',
      'fresh',
      'miss',
    ]);
  });

  it("never serves one token's answer to another", async () => {
    await setup(1000);
    upstream.handle((req, res) =>
      json(res, 200, { state: req.headers['x-auth-token'] === 'tok-a' ? 'running' : 'stopped' }),
    );
    const [a, b] = await Promise.all([
      proxy.send(withToken('tok-a')),
      proxy.send(withToken('tok-b')),
    ]);
    const bAgain = await proxy.send(withToken('tok-b'));
    expect(a.json()).toEqual({ state: 'running' });
    expect(b.json()).toEqual({ state: 'stopped' });
    expect(bAgain.json()).toEqual({ state: 'stopped' });
    expect(upstream.seen.map((r) => r.headers['x-auth-token']).sort()).toEqual(['tok-a', 'tok-b']);
  });

  it('does not reuse a 401', async () => {
    await setup(1000);
    upstream.handle((_req, res) =>
      json(res, 401, { error_code: 'APIGW.0301', error_msg: 'expired' }),
    );
    await proxy.send(withToken('tok-a'));
    await proxy.send(withToken('tok-a'));
    expect(upstream.seen).toHaveLength(2);
  });

  it('reuses a 404', async () => {
    await setup(1000);
    upstream.handle((_req, res) => json(res, 404, { error_code: 'CDC.404', error_msg: 'gone' }));
    await proxy.send(withToken('tok-a'));
    const again = await proxy.send(withToken('tok-a'));
    expect(again.status).toBe(404);
    expect(upstream.seen).toHaveLength(1);
  });
});

describe('the per-token budget', () => {
  it('answers 429 DCW.BUDGET_EXCEEDED with Retry-After once the queue is full', async () => {
    upstream = await startFakeUpstream();
    proxy = await startProxy(
      upstream.url,
      { serverToken: 'tok', budgetPerSec: 1, budgetBurst: 1, queueLimit: 0 },
      { now: () => clock },
    );
    expect((await proxy.send('/api/v1/p/instances/a/status')).status).toBe(200);
    const refused = await proxy.send('/api/v1/p/instances/b/status');
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBe('1');
    expect(refused.json()).toMatchObject({ error_code: 'DCW.BUDGET_EXCEEDED' });
    expect(upstream.seen).toHaveLength(1);
  });
});
