import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createLogger } from './create-logger.ts';
import { createProxy, type ProxyDeps } from './create-proxy.ts';
import { loadConfig } from './load-config.ts';
import type { ProxyConfig } from './proxy-config.ts';
import { rawRequest, type RawRequest, type RawResponse } from './raw-http.test-helpers.ts';

export interface Harness {
  url: string;
  server: Server;
  logs: string[];
  send(request: RawRequest | string): Promise<RawResponse>;
  close(): Promise<void>;
}

/** The proxy in process on port 0, its pino lines captured, in front of `endpoint`. */
export async function startProxy(
  endpoint: string,
  overrides: Partial<ProxyConfig> = {},
  deps: Omit<ProxyDeps, 'logger'> = {},
): Promise<Harness> {
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString('utf8'));
      done();
    },
  });
  const config: ProxyConfig = {
    ...loadConfig({}),
    port: 0,
    endpoint,
    staticDir: mkdtempSync(join(tmpdir(), 'dcwatch-no-static-')),
    freshnessMs: 0,
    mode: 'upstream',
    ...overrides,
  };
  const proxy = createProxy(config, { ...deps, logger: createLogger('info', sink) });
  const url = await proxy.listen();
  return {
    url,
    server: proxy.server,
    logs,
    send: (request) => rawRequest(url, typeof request === 'string' ? { target: request } : request),
    close: () => proxy.close(),
  };
}
