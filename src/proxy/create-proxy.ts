import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { Pool, type Dispatcher } from 'undici';
import { createLogger, flushLogger } from './create-logger.ts';
import { createRequestHandler } from './create-request-handler.ts';
import { bracket, createHostGuard, isUnspecifiedHost, type HostGuard } from './host-guard.ts';
import { CACHE_MAX_ENTRIES, ConfigError, type ProxyConfig } from './proxy-config.ts';
import { createStaticHandler } from './static-handler.ts';
import { createStatusService } from './status-service.ts';
import { UpstreamScheduler } from './upstream-scheduler.ts';

export interface ProxyDeps {
  /** Replaces the proxy's own keep-alive Pool (close() destroys its own Pool, never an injected one). */
  dispatcher?: Dispatcher;
  logger?: Logger;
  now?: () => number;
}

export interface Proxy {
  server: Server;
  /** Listens on config.host:config.port and resolves with the base URL. */
  listen(): Promise<string>;
  /**
   * Stops accepting, lets open requests finish (closing idle keep-alive sockets), destroys the
   * pool and writes out the log lines still buffered.
   */
  close(): Promise<void>;
}

const CLOSE_GRACE_MS = 2000;

// Node's parser refuses some request lines before any route runs; answer those in JSON too.
const UNPARSEABLE_BODY = JSON.stringify({
  error_code: 'DCW.BAD_REQUEST',
  error_msg: 'The request could not be parsed.',
});
const UNPARSEABLE_REQUEST =
  'HTTP/1.1 400 Bad Request\r\nContent-Type: application/json; charset=utf-8\r\n' +
  `Content-Length: ${Buffer.byteLength(UNPARSEABLE_BODY)}\r\nConnection: close\r\n\r\n${UNPARSEABLE_BODY}`;

/** Builds the proxy from its configuration; nothing listens until `listen()`. */
export function createProxy(config: ProxyConfig, deps: ProxyDeps = {}): Proxy {
  if (config.endpoint === null) throw new ConfigError('CLOUDDC_ENDPOINT is not set.');
  const endpoint = config.endpoint.replace(/\/+$/, '');
  const now = deps.now ?? Date.now;
  const logger = deps.logger ?? createLogger(config.logLevel);
  const ownPool = deps.dispatcher
    ? null
    : new Pool(new URL(endpoint).origin, {
        connections: config.upstreamConcurrency,
        keepAliveTimeout: 4000,
        connect: { timeout: Math.min(config.upstreamTimeoutMs, 10_000) },
      });
  const scheduler = new UpstreamScheduler({
    ratePerSec: config.budgetPerSec,
    burst: config.budgetBurst,
    queueLimit: config.queueLimit,
    concurrency: config.upstreamConcurrency,
    now,
  });
  const lookup = createStatusService({
    endpoint,
    dispatcher: deps.dispatcher ?? (ownPool as Pool),
    maxResponseBytes: config.maxResponseBytes,
    now,
    scheduler,
    freshnessMs: config.freshnessMs,
    cacheMaxEntries: CACHE_MAX_ENTRIES,
  });
  let guard: HostGuard | null = null;
  const handler = createRequestHandler({
    config,
    lookup,
    now,
    logger,
    guard: () => guard,
    serveStatic: createStaticHandler(config.staticDir),
  });

  const server = createServer({ requireHostHeader: false }, handler);
  server.requestTimeout = 30_000;
  server.on('listening', () => {
    const address = server.address() as AddressInfo;
    guard = createHostGuard([config.host, address.address], address.port, config.allowedHosts);
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end(UNPARSEABLE_REQUEST);
    socket.destroy();
  });

  return {
    server,
    listen: () =>
      new Promise<string>((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          server.off('error', reject);
          resolve(baseUrl(config.host, (server.address() as AddressInfo).port));
        });
      }),
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const force = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
      force.unref();
      await closed;
      clearTimeout(force);
      await ownPool?.destroy();
      await flushLogger(logger);
    },
  };
}

function baseUrl(host: string, port: number): string {
  if (!isUnspecifiedHost(host)) return `http://${bracket(host)}:${port}`;
  return host.includes(':') ? `http://[::1]:${port}` : `http://127.0.0.1:${port}`;
}
