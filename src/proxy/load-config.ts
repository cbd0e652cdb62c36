import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isLoopbackHost } from './host-guard.ts';
import { readChoice, readInt, readString, show, type Env } from './env-readers.ts';
import { ConfigError, LOG_LEVELS, MAX_FRESHNESS_MS, type ProxyConfig } from './proxy-config.ts';

const HEADER_SAFE = /^[\x21-\x7e]+$/;
const HOST_ENTRY = /^(\[[0-9a-f:.]+\]|[a-z0-9]([a-z0-9.-]*[a-z0-9])?)(:\d{1,5})?$/;

function readEndpoint(env: Env): string | null {
  const raw = readString(env, 'CLOUDDC_ENDPOINT');
  if (raw === undefined) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`CLOUDDC_ENDPOINT is not a valid URL (got ${show(raw)}).`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError('CLOUDDC_ENDPOINT must be an https:// URL.');
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw new ConfigError(
      'CLOUDDC_ENDPOINT must use https:// (plain http is allowed only for loopback hosts).',
    );
  }
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    throw new ConfigError(
      'CLOUDDC_ENDPOINT must not contain credentials, a query string or a fragment.',
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

function readToken(env: Env, readTextFile: (path: string) => string): string | null {
  const direct = env['CLOUDDC_AUTH_TOKEN'];
  const file = readString(env, 'CLOUDDC_AUTH_TOKEN_FILE');
  const hasDirect = direct !== undefined && direct.trim() !== '';
  if (hasDirect && file !== undefined) {
    throw new ConfigError('Set either CLOUDDC_AUTH_TOKEN or CLOUDDC_AUTH_TOKEN_FILE, not both.');
  }
  let token: string;
  let source: string;
  if (file !== undefined) {
    source = 'The token in CLOUDDC_AUTH_TOKEN_FILE';
    try {
      token = readTextFile(file).trim();
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      throw new ConfigError(
        `CLOUDDC_AUTH_TOKEN_FILE cannot be read: ${file} (${String(code ?? 'error')}).`,
      );
    }
    if (token === '') throw new ConfigError(`CLOUDDC_AUTH_TOKEN_FILE is empty: ${file}.`);
  } else if (hasDirect) {
    source = 'CLOUDDC_AUTH_TOKEN';
    token = direct.trim();
  } else {
    return null;
  }
  if (!HEADER_SAFE.test(token)) {
    throw new ConfigError(`${source} contains characters that cannot be sent in an HTTP header.`);
  }
  return token;
}

function readAllowedHosts(env: Env): string[] {
  const raw = readString(env, 'ALLOWED_HOSTS');
  if (raw === undefined) return [];
  const entries = raw
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter((e) => e !== '');
  const bad = entries.find((entry) => !HOST_ENTRY.test(entry));
  if (bad !== undefined) {
    throw new ConfigError(
      `ALLOWED_HOSTS entries must be host or host:port names (got ${show(bad)}).`,
    );
  }
  return entries;
}

/**
 * Reads the proxy configuration from environment variables; throws ConfigError with one line.
 * `mode` follows CLOUDDC_ENDPOINT and `demo` is null: the launcher overrides both.
 * @example loadConfig({ PORT: '0' }).port → 0
 */
export function loadConfig(
  env: Env,
  readTextFile: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): ProxyConfig {
  const host = readString(env, 'HOST') ?? '127.0.0.1';
  if (/[\s/]/.test(host))
    throw new ConfigError(`HOST must be a host name or address (got ${show(host)}).`);
  const endpoint = readEndpoint(env);
  const budgetPerSec = readInt(env, 'UPSTREAM_BUDGET_PER_SEC', 200, 1, 100_000);
  return {
    port: readInt(env, 'PORT', 8080, 0, 65_535),
    host,
    endpoint,
    serverToken: readToken(env, readTextFile),
    upstreamTimeoutMs: readInt(env, 'UPSTREAM_TIMEOUT_MS', 10_000, 1, 600_000),
    allowedHosts: readAllowedHosts(env),
    staticDir: resolve(readString(env, 'STATIC_DIR') ?? 'dist/web'),
    logLevel: readChoice(env, 'LOG_LEVEL', 'info', LOG_LEVELS),
    upstreamConcurrency: readInt(env, 'UPSTREAM_CONCURRENCY', 64, 1, 4096),
    budgetPerSec,
    budgetBurst: readInt(env, 'UPSTREAM_BUDGET_BURST', budgetPerSec * 2, 1, 1_000_000),
    queueLimit: readInt(env, 'UPSTREAM_QUEUE_LIMIT', 1000, 0, 1_000_000),
    freshnessMs: readInt(env, 'PROXY_FRESHNESS_MS', 1000, 0, MAX_FRESHNESS_MS),
    maxResponseBytes: readInt(
      env,
      'UPSTREAM_MAX_RESPONSE_BYTES',
      64 * 1024,
      1024,
      16 * 1024 * 1024,
    ),
    mode: endpoint === null ? 'simulator' : 'upstream',
    demo: null,
  };
}
