import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogDestination, createLogger } from './create-logger.ts';
import { createProxy } from './create-proxy.ts';
import { startFakeUpstream, type FakeUpstream } from './fake-upstream.test-helpers.ts';
import { loadConfig } from './load-config.ts';
import { rawRequest } from './raw-http.test-helpers.ts';

const SERVER_TOKEN = 'srv-TOKEN-7f3a9c';
const BROWSER_TOKEN = 'brw-TOKEN-19be44';
const TARGET = '/api/v1/p1/instances/i-1/status';

let upstream: FakeUpstream | undefined;
let dir: string | undefined;
afterEach(async () => {
  await upstream?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the buffered request log (as shipped: stdout through a buffer)', () => {
  it('is written out in full when the proxy closes, with no token in it', async () => {
    dir = mkdtempSync(join(tmpdir(), 'dcwatch-proxy-log-'));
    const path = join(dir, 'proxy.log');
    const destination = createLogDestination(path);
    upstream = await startFakeUpstream();
    const config = {
      ...loadConfig({}),
      port: 0,
      endpoint: upstream.url,
      serverToken: SERVER_TOKEN,
      staticDir: dir,
      freshnessMs: 0,
    };
    const proxy = createProxy(config, { logger: createLogger('info', destination) });
    try {
      const url = await proxy.listen();
      await rawRequest(url, { target: TARGET, headers: { 'X-Auth-Token': BROWSER_TOKEN } });
      await rawRequest(url, {
        target: `/${BROWSER_TOKEN}/x?t=${SERVER_TOKEN}`,
        headers: { 'X-Auth-Token': BROWSER_TOKEN },
      });
      await proxy.close();
      const text = readFileSync(path, 'utf8');
      const lines = text.trim().split('\n');
      const requests = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(requests.map((r) => [r['msg'], r['path'], r['status']])).toEqual([
        ['request', TARGET, 200],
        ['request', '/[redacted]/x', 503],
      ]);
      expect(text).not.toContain(SERVER_TOKEN);
      expect(text).not.toContain(BROWSER_TOKEN);
    } finally {
      (destination as unknown as { destroy(): void }).destroy();
    }
  });
});
