import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeUpstream, type FakeUpstream } from './fake-upstream.test-helpers.ts';
import { startProxy, type Harness } from './proxy-harness.test-helpers.ts';
import { SECURITY_HEADERS } from './send.ts';
import { NOT_BUILT_MESSAGE } from './static-handler.ts';

const INDEX = '<!doctype html><title>dcwatch</title><div id="root"></div>';
const ASSET = 'console.log("dcwatch");';

let upstream: FakeUpstream;
let built: Harness;
let unbuilt: Harness;
let staticDir: string;

beforeAll(async () => {
  staticDir = mkdtempSync(join(tmpdir(), 'dcwatch-web-'));
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'index.html'), INDEX);
  writeFileSync(join(staticDir, 'assets', 'index-4f2a.js'), ASSET);
  writeFileSync(join(staticDir, '.env'), 'SECRET=1');
  upstream = await startFakeUpstream();
  built = await startProxy(upstream.url, { staticDir, serverToken: 'tok' });
  unbuilt = await startProxy(upstream.url, {
    staticDir: join(staticDir, 'missing'),
    serverToken: 'tok',
  });
});
afterAll(async () => {
  await built.close();
  await unbuilt.close();
  await upstream.close();
  rmSync(staticDir, { recursive: true, force: true });
});

function expectSecurityHeaders(headers: Record<string, string>) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect(headers[name.toLowerCase()]).toBe(value);
  }
}

describe('the built app', () => {
  it('serves index.html at / with no-cache and the security headers', async () => {
    const res = await built.send('/');
    expect(res.status).toBe(200);
    expect(res.body).toBe(INDEX);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expectSecurityHeaders(res.headers);
  });

  it.each(['/instances/p1/i-1', '/watchlist', '/index.html', '/a/b/c?x=1'])(
    'answers the deep link %s with index.html',
    async (target) => {
      const res = await built.send(target);
      expect(res.status).toBe(200);
      expect(res.body).toBe(INDEX);
      expect(res.headers['cache-control']).toBe('no-cache');
    },
  );

  it('serves hashed assets as immutable', async () => {
    const res = await built.send('/assets/index-4f2a.js');
    expect(res.status).toBe(200);
    expect(res.body).toBe(ASSET);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-type']).toMatch(/javascript/);
  });

  it.each(['/assets/missing-0000.js', '/.env', '/assets/../.env'])(
    'does not serve %s',
    async (target) => {
      const res = await built.send(target);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.body).not.toContain('SECRET');
      expect(res.body).not.toBe(INDEX);
    },
  );

  it('puts the security headers on API answers too', async () => {
    const res = await built.send('/api/v1/p/instances/i/status');
    expectSecurityHeaders(res.headers);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('answers other methods with 405', async () => {
    const res = await built.send({ method: 'POST', target: '/', body: '' });
    expect(res.status).toBe(405);
    expect(res.headers['allow']).toBe('GET, HEAD');
  });

  it('keeps /api out of the SPA fallback', async () => {
    const res = await built.send('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.json()).toMatchObject({ error_code: 'DCW.NOT_FOUND' });
  });
});

describe('without a build', () => {
  it('answers / with 503 and says to run npm run build', async () => {
    const res = await unbuilt.send('/');
    expect(res.status).toBe(503);
    expect(res.body).toBe(NOT_BUILT_MESSAGE);
    expect(res.body).toContain('npm run build');
  });

  it('still serves the API and /healthz', async () => {
    expect((await unbuilt.send('/api/v1/p/instances/i/status')).json()).toEqual({
      state: 'running',
    });
    expect((await unbuilt.send('/healthz')).json()).toEqual({ ok: true });
  });
});
