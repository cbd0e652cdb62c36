import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  json,
  startFakeUpstream,
  type FakeHandler,
  type FakeUpstream,
} from './fake-upstream.test-helpers.ts';
import { startProxy, type Harness } from './proxy-harness.test-helpers.ts';

let upstream: FakeUpstream;
let proxy: Harness;
let tokens = 0;
/** A status request with a token of its own, so one test's 429 pause never reaches the next. */
const statusRequest = () => ({
  target: '/api/v1/p1/instances/i-1/status',
  headers: { 'X-Auth-Token': `tok-${(tokens += 1)}` },
});

beforeAll(async () => {
  upstream = await startFakeUpstream();
  proxy = await startProxy(upstream.url, { upstreamTimeoutMs: 300, maxResponseBytes: 1024 });
});
afterAll(async () => {
  await proxy.close();
  await upstream.close();
});
beforeEach(() => {
  upstream.seen.length = 0;
});

const plain =
  (status: number, text: string, headers: Record<string, string> = {}): FakeHandler =>
  (_req, res) => {
    res.writeHead(status, { 'Content-Type': 'text/plain', ...headers });
    res.end(text);
  };

describe('upstream answers', () => {
  it('passes a 200 status on with Cache-Control: no-store', async () => {
    upstream.handle((_req, res) =>
      json(res, 200, { state: 'running', operation_state: 'install-succeed' }),
    );
    const res = await proxy.send(statusRequest());
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ state: 'running', operation_state: 'install-succeed' });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it.each([
    [401, { error_code: 'APIGW.0301', error_msg: 'Incorrect IAM authentication information' }],
    [404, { error_code: 'CDC.4040', error_msg: 'Instance not found' }],
    [500, { error_code: 'CDC.5000', error_msg: 'Internal server error' }],
  ])('passes a JSON %i on with its error code', async (status, body) => {
    upstream.handle((_req, res) => json(res, status, body));
    const res = await proxy.send(statusRequest());
    expect(res.status).toBe(status);
    expect(res.json()).toEqual(body);
  });

  it('turns a plain-string 429 into DCW.THROTTLED with Retry-After kept', async () => {
    upstream.handle(plain(429, 'The request is overloaded.', { 'Retry-After': '1' }));
    const res = await proxy.send(statusRequest());
    expect(res.status).toBe(429);
    expect(res.headers['retry-after']).toBe('1');
    expect(res.json()).toEqual({
      error_code: 'DCW.THROTTLED',
      error_msg: 'The request is overloaded.',
    });
  });

  it('pauses the token after a 429: its next request waits or is answered without the upstream', async () => {
    upstream.handle(plain(429, 'busy', { 'Retry-After': '30' }));
    const first = statusRequest();
    await proxy.send(first);
    const again = await proxy.send(first);
    expect(again.status).toBe(429);
    expect(again.json()).toMatchObject({ error_code: 'DCW.THROTTLED' });
    expect(Number(again.headers['retry-after'])).toBeGreaterThan(0);
    expect(upstream.seen).toHaveLength(1);
  });

  it('keeps the status of a non-JSON error', async () => {
    upstream.handle((_req, res) => {
      res.writeHead(503, { 'Content-Type': 'text/html' });
      res.end('<html><body>Service Unavailable</body></html>');
    });
    const res = await proxy.send(statusRequest());
    expect(res.status).toBe(503);
    expect(res.json()).toMatchObject({ error_code: 'DCW.UPSTREAM_ERROR' });
  });

  it.each<[string, FakeHandler]>([
    [
      'an HTML 200',
      (_req, res) => {
        res.writeHead(200, { 'Content-Type': 'text/html' });
        res.end('<html>Login</html>');
      },
    ],
    ['invalid JSON', plain(200, '{"state": "runn')],
    ['a schema-failing 200', (_req, res) => json(res, 200, { state: 42 })],
    [
      'a redirect',
      (_req, res) => {
        res.writeHead(302, { Location: 'http://evil.example/steal' });
        res.end();
      },
    ],
    [
      'an oversized body',
      (_req, res) => json(res, 200, { state: 'running', pad: 'x'.repeat(4096) }),
    ],
    [
      'an oversized chunked body',
      (_req, res) => {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.write('{"state":"running","pad":"');
        res.write('x'.repeat(4096));
        res.end('"}');
      },
    ],
    [
      'a truncated body',
      (_req, res) => {
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '100' });
        res.write('{"state":"run');
        setTimeout(() => res.socket?.destroy(), 10);
      },
    ],
  ])('turns %s into 502 DCW.UPSTREAM_BAD_RESPONSE', async (_name, handler) => {
    upstream.handle(handler);
    const res = await proxy.send(statusRequest());
    expect(res.status).toBe(502);
    expect(res.json()).toMatchObject({ error_code: 'DCW.UPSTREAM_BAD_RESPONSE' });
    expect(upstream.seen).toHaveLength(1);
  });

  it('turns a reset into 502 DCW.UPSTREAM_UNREACHABLE', async () => {
    upstream.handle((req) => req.socket.destroy());
    const res = await proxy.send(statusRequest());
    expect(res.status).toBe(502);
    expect(res.json()).toMatchObject({ error_code: 'DCW.UPSTREAM_UNREACHABLE' });
  });

  it('turns an upstream that never answers into 504 DCW.UPSTREAM_TIMEOUT', async () => {
    upstream.handle(() => {});
    const res = await proxy.send(statusRequest());
    expect(res.status).toBe(504);
    expect(res.json()).toMatchObject({ error_code: 'DCW.UPSTREAM_TIMEOUT' });
  });

  it('turns a body that trickles past the deadline into 504', async () => {
    upstream.handle((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"state":');
    });
    const res = await proxy.send(statusRequest());
    expect(res.status).toBe(504);
    expect(res.json()).toMatchObject({ error_code: 'DCW.UPSTREAM_TIMEOUT' });
  });

  it('stays up and keeps answering after every fault', async () => {
    upstream.handle((_req, res) => json(res, 200, { state: 'stopped' }));
    const res = await proxy.send(statusRequest());
    expect(res.json()).toEqual({ state: 'stopped' });
  });
});

describe('an upstream that is not there', () => {
  it('answers 502 DCW.UPSTREAM_UNREACHABLE', async () => {
    const gone = await startFakeUpstream();
    await gone.close();
    const lonely = await startProxy(gone.url);
    try {
      const res = await lonely.send(statusRequest());
      expect(res.status).toBe(502);
      expect(res.json()).toMatchObject({ error_code: 'DCW.UPSTREAM_UNREACHABLE' });
    } finally {
      await lonely.close();
    }
  });
});
