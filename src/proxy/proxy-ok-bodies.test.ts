import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeUpstream, type FakeUpstream } from './fake-upstream.test-helpers.ts';
import { startProxy, type Harness } from './proxy-harness.test-helpers.ts';

const SERVER_TOKEN = 'srv-TOKEN-7f3a9c';
const TARGET = '/api/v1/p1/instances/i-1/status';

let upstream: FakeUpstream;
let proxy: Harness;

beforeAll(async () => {
  upstream = await startFakeUpstream();
  proxy = await startProxy(upstream.url, { serverToken: SERVER_TOKEN });
});
afterAll(async () => {
  await proxy.close();
  await upstream.close();
});

const answer = (text: string) =>
  upstream.handle((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(text);
  });

/** Every character of `text` as a JSON \u escape: decodes to `text` but never contains it. */
const escaped = (text: string) =>
  [...text].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');

describe('a 200 that passes the schema', () => {
  it('goes out as the upstream wrote it when no token can be in it', async () => {
    const text = '{ "state": "running",\n  "operation_state": "install-succeed" }';
    answer(text);
    const res = await proxy.send(TARGET);
    expect(res.status).toBe(200);
    expect(res.body).toBe(text);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['content-length']).toBe(String(Buffer.byteLength(text)));
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it.each([
    ['plainly', SERVER_TOKEN],
    ['JSON-escaped', escaped(SERVER_TOKEN)],
  ])('has the token scrubbed when the upstream echoes it %s', async (_how, echoed) => {
    answer(`{"state":"running","note":"token ${echoed} seen"}`);
    const res = await proxy.send(TARGET);
    expect(res.status).toBe(200);
    expect(res.body).not.toContain(SERVER_TOKEN);
    expect(res.json()).toEqual({ state: 'running', note: 'token [redacted] seen' });
  });

  it('with other escapes is answered re-serialised, same value', async () => {
    answer('{"state":"running","note":"line\\nbreak \\"quoted\\""}');
    const res = await proxy.send(TARGET);
    expect(res.json()).toEqual({ state: 'running', note: 'line\nbreak "quoted"' });
  });

  it('still has to pass the schema to be forwarded', async () => {
    answer('{ "state": 42 }');
    const res = await proxy.send(TARGET);
    expect(res.status).toBe(502);
    expect(res.json()).toMatchObject({ error_code: 'DCW.UPSTREAM_BAD_RESPONSE' });
  });
});
