import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseInstanceStatus } from '../domain/instance-status.ts';
import { SECURITY_HEADERS } from '../proxy/send.ts';
import { startStack, stopStacks, type Answer, type Stack } from './integration.test-helpers.ts';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});
afterAll(stopStacks);
beforeEach(async () => {
  await stack.resetStats();
});

const statusAndBody = (answer: Answer) => ({ status: answer.status, body: answer.json() });
const lowerCaseKeys = (headers: Readonly<Record<string, string>>) =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

describe('the status route in front of the real simulator', () => {
  it('answers every fleet instance with exactly what the simulator answers', async () => {
    const proxied = [];
    const direct = [];
    for (const id of stack.instanceIds) {
      proxied.push(statusAndBody(await stack.get(stack.statusPath(id))));
      direct.push(statusAndBody(await stack.direct(id)));
    }
    expect(proxied).toEqual(direct);
  });

  it('passes state, operation_state and error objects on, every body valid for the schema', async () => {
    const bodies = [];
    for (const id of stack.instanceIds) bodies.push((await stack.get(stack.statusPath(id))).json());
    const fields = new Set(bodies.flatMap((body) => Object.keys(body)));
    expect({
      fields: [...fields].sort(),
      allValid: bodies.every((body) => parseInstanceStatus(body).ok),
    }).toEqual({ fields: ['error', 'operation_state', 'state'], allValid: true });
  });

  it('asks the simulator once per status request', async () => {
    const id = stack.instanceIds[0] ?? '';
    await stack.get(stack.statusPath(id));
    expect(await stack.stats()).toEqual({
      requests: 1,
      byInstance: { [id]: 1 },
      byStatus: { '200': 1 },
    });
  });

  it('sends Cache-Control: no-store, JSON and the security headers with a status', async () => {
    const res = await stack.get(stack.statusPath(stack.instanceIds[0] ?? ''));
    expect(res.headers).toMatchObject({
      'cache-control': 'no-store',
      'content-type': 'application/json; charset=utf-8',
      ...lowerCaseKeys(SECURITY_HEADERS),
    });
  });

  it('sends the same headers with an upstream error', async () => {
    const res = await stack.get(stack.statusPath('no-such-instance'));
    expect({ status: res.status, headers: res.headers }).toMatchObject({
      status: 404,
      headers: { 'cache-control': 'no-store', ...lowerCaseKeys(SECURITY_HEADERS) },
    });
  });

  it('ignores the query string and asks the simulator for the instance alone', async () => {
    const id = stack.instanceIds[1] ?? '';
    const res = await stack.raw({ target: `${stack.statusPath(id)}?x-auth-token=leak&limit=5` });
    expect({ proxied: statusAndBody(res), stats: (await stack.stats()).byInstance }).toEqual({
      proxied: statusAndBody(await stack.direct(id)),
      stats: { [id]: 1 },
    });
  });
});

describe('the routes that never reach the simulator', () => {
  it('answers /healthz with ok', async () => {
    const res = await stack.get('/healthz');
    expect({ ...statusAndBody(res), upstream: (await stack.stats()).requests }).toEqual({
      status: 200,
      body: { ok: true },
      upstream: 0,
    });
  });

  it('describes the simulator mode, the server token and the demo fleet in /api/config', async () => {
    const res = await stack.get('/api/config');
    expect(res.json()).toEqual({
      mode: 'simulator',
      tokenMode: 'server',
      demo: { projectId: stack.projectId, instanceIds: stack.instanceIds },
      batch: { path: '/api/v1/{project_id}/instances/status:batch', maxIds: 100 },
      freshnessMs: 0,
    });
  });
});

describe('the Host guard', () => {
  const port = () => new URL(stack.proxyUrl).port;

  it.each([
    ['a foreign host', () => 'evil.example'],
    ['a foreign host on the right port', () => `rebind.evil.example:${port()}`],
    ['localhost on another port', () => `localhost:${Number(port()) + 1}`],
    ['localhost without a port', () => 'localhost'],
    ['no Host header', () => null],
  ])('refuses %s with 421 and no upstream request', async (_name, host) => {
    const res = await stack.raw({
      target: stack.statusPath(stack.instanceIds[0] ?? ''),
      host: host(),
    });
    expect({ ...statusAndBody(res), upstream: (await stack.stats()).requests }).toEqual({
      status: 421,
      body: { error_code: 'DCW.HOST_NOT_ALLOWED', error_msg: expect.any(String) },
      upstream: 0,
    });
  });

  it('refuses a batch for a foreign host before reading it', async () => {
    const res = await stack.raw({
      method: 'POST',
      target: stack.batchPath(),
      host: 'evil.example',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ids: stack.instanceIds.slice(0, 3) }),
    });
    expect({ status: res.status, upstream: (await stack.stats()).requests }).toEqual({
      status: 421,
      upstream: 0,
    });
  });

  it.each([() => `localhost:${port()}`, () => `[::1]:${port()}`])(
    'serves the loopback name %s',
    async (host) => {
      const res = await stack.raw({
        target: stack.statusPath(stack.instanceIds[0] ?? ''),
        host: host(),
      });
      expect(res.status).toBe(200);
    },
  );
});
