import type { ServerResponse } from 'node:http';
import { Pool } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { json, startFakeUpstream, type FakeUpstream } from './fake-upstream.test-helpers.ts';
import { createUpstreamClient } from './upstream-client.ts';

let upstream: FakeUpstream;
let pool: Pool;
afterEach(async () => {
  await pool.destroy();
  await upstream.close();
});

const call = (instanceId: string, timeoutMs: number) => ({
  projectId: 'p1',
  instanceId,
  token: 'tok',
  deadlineAt: Date.now() + timeoutMs,
});

describe('createUpstreamClient', () => {
  it('reads status, body and the headers the proxy needs', async () => {
    upstream = await startFakeUpstream((_req, res) =>
      json(res, 429, { error_code: 'X' }, { 'Retry-After': '3' }),
    );
    pool = new Pool(upstream.url, { connections: 1 });
    const client = createUpstreamClient({
      endpoint: `${upstream.url}/base`,
      dispatcher: pool,
      maxResponseBytes: 1024,
      now: Date.now,
    });
    await expect(client(call('i-1', 5000))).resolves.toEqual({
      status: 429,
      bodyText: '{"error_code":"X"}',
      contentType: 'application/json',
      retryAfter: '3',
    });
    expect(upstream.seen[0]).toMatchObject({
      method: 'GET',
      url: '/base/v1/p1/instances/i-1/status',
    });
  });

  it('answers 504 for a call whose deadline passes while it waits for a connection, and never sends it', async () => {
    const held: ServerResponse[] = [];
    upstream = await startFakeUpstream((req, res) => {
      if (req.url?.includes('/hang/')) held.push(res);
      else json(res, 200, { state: 'running' });
    });
    pool = new Pool(upstream.url, { connections: 1 });
    const client = createUpstreamClient({
      endpoint: upstream.url,
      dispatcher: pool,
      maxResponseBytes: 1024,
      now: Date.now,
    });
    const hanging = client(call('hang', 300));
    const queued = client(call('queued', 50));
    const after = client(call('after', 5000));
    await expect(queued).rejects.toMatchObject({ status: 504, code: 'DCW.UPSTREAM_TIMEOUT' });
    await expect(hanging).rejects.toMatchObject({ status: 504, code: 'DCW.UPSTREAM_TIMEOUT' });
    await expect(after).resolves.toMatchObject({ status: 200 });
    expect(upstream.seen.map((r) => r.url.split('/')[4])).toEqual(['hang', 'after']);
  });
});
