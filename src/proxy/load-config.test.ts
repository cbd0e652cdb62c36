import { describe, expect, it } from 'vitest';
import { loadConfig } from './load-config.ts';
import { ConfigError } from './proxy-config.ts';

const SECRET = 'tok-SECRET-123';
const noFile = (path: string): string => {
  throw Object.assign(new Error(`ENOENT ${path}`), { code: 'ENOENT' });
};

function configError(env: Record<string, string>, read = noFile): ConfigError {
  try {
    loadConfig(env, read);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('has the documented defaults', () => {
    expect(loadConfig({})).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      endpoint: null,
      serverToken: null,
      upstreamTimeoutMs: 10_000,
      allowedHosts: [],
      logLevel: 'info',
      upstreamConcurrency: 64,
      budgetPerSec: 200,
      budgetBurst: 400,
      queueLimit: 1000,
      freshnessMs: 1000,
      maxResponseBytes: 65_536,
      mode: 'simulator',
      demo: null,
    });
    expect(loadConfig({}).staticDir).toMatch(/dist[\\/]web$/);
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '0',
      HOST: '0.0.0.0',
      CLOUDDC_ENDPOINT: 'https://clouddc.example.com/base/',
      CLOUDDC_AUTH_TOKEN: `  ${SECRET}\n`,
      UPSTREAM_TIMEOUT_MS: '2500',
      ALLOWED_HOSTS: 'DCWatch.example, lb.example:443,,',
      STATIC_DIR: '/srv/web',
      LOG_LEVEL: 'WARN',
      UPSTREAM_CONCURRENCY: '8',
      UPSTREAM_BUDGET_PER_SEC: '50',
      UPSTREAM_QUEUE_LIMIT: '10',
      PROXY_FRESHNESS_MS: '0',
      UPSTREAM_MAX_RESPONSE_BYTES: '2048',
    });
    expect(config).toMatchObject({
      port: 0,
      host: '0.0.0.0',
      endpoint: 'https://clouddc.example.com/base',
      serverToken: SECRET,
      upstreamTimeoutMs: 2500,
      allowedHosts: ['dcwatch.example', 'lb.example:443'],
      staticDir: '/srv/web',
      logLevel: 'warn',
      upstreamConcurrency: 8,
      budgetPerSec: 50,
      budgetBurst: 100,
      queueLimit: 10,
      freshnessMs: 0,
      maxResponseBytes: 2048,
      mode: 'upstream',
    });
  });

  it('reads and trims a token file', () => {
    const config = loadConfig({ CLOUDDC_AUTH_TOKEN_FILE: '/run/secrets/t' }, () => `${SECRET}\n`);
    expect(config.serverToken).toBe(SECRET);
  });

  it('allows plain http only for loopback endpoints', () => {
    expect(loadConfig({ CLOUDDC_ENDPOINT: 'http://127.0.0.1:9000' }).endpoint).toBe(
      'http://127.0.0.1:9000',
    );
    expect(loadConfig({ CLOUDDC_ENDPOINT: 'http://[::1]:9000/' }).endpoint).toBe(
      'http://[::1]:9000',
    );
    expect(loadConfig({ CLOUDDC_ENDPOINT: 'http://localhost:9000' }).endpoint).toBe(
      'http://localhost:9000',
    );
  });

  it.each([
    [{ PORT: '70000' }, /^PORT must be an integer from 0 to 65535/],
    [{ PORT: 'eighty' }, /^PORT/],
    [{ CLOUDDC_ENDPOINT: 'http://clouddc.example.com' }, /must use https/],
    [{ CLOUDDC_ENDPOINT: 'ftp://x.example' }, /https/],
    [{ CLOUDDC_ENDPOINT: 'not a url' }, /not a valid URL/],
    [{ CLOUDDC_ENDPOINT: 'https://u:p@x.example' }, /credentials/],
    [{ CLOUDDC_ENDPOINT: 'https://x.example/?a=1' }, /query/],
    [{ CLOUDDC_AUTH_TOKEN: SECRET, CLOUDDC_AUTH_TOKEN_FILE: '/t' }, /not both/],
    [{ CLOUDDC_AUTH_TOKEN_FILE: '/missing' }, /cannot be read: \/missing \(ENOENT\)/],
    [{ CLOUDDC_AUTH_TOKEN: `${SECRET} with spaces` }, /cannot be sent in an HTTP header/],
    [{ UPSTREAM_TIMEOUT_MS: '0' }, /^UPSTREAM_TIMEOUT_MS/],
    [{ ALLOWED_HOSTS: 'http://x.example' }, /^ALLOWED_HOSTS/],
    [{ ALLOWED_HOSTS: '*.example' }, /^ALLOWED_HOSTS/],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL must be one of/],
    [{ PROXY_FRESHNESS_MS: '5000' }, /^PROXY_FRESHNESS_MS must be an integer from 0 to 1000/],
    [{ UPSTREAM_CONCURRENCY: '0' }, /^UPSTREAM_CONCURRENCY/],
    [{ UPSTREAM_BUDGET_PER_SEC: '1.5' }, /^UPSTREAM_BUDGET_PER_SEC/],
    [{ HOST: 'a b' }, /^HOST/],
  ])('refuses %j with one clear line', (env, message) => {
    const error = configError(env);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n');
    expect(error.message).not.toContain(SECRET);
  });

  it('refuses an empty token file without echoing anything', () => {
    expect(configError({ CLOUDDC_AUTH_TOKEN_FILE: '/t' }, () => '  \n').message).toBe(
      'CLOUDDC_AUTH_TOKEN_FILE is empty: /t.',
    );
  });
});
