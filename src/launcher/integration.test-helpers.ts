import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createLogger } from '../proxy/create-logger.ts';
import { createProxy, type Proxy } from '../proxy/create-proxy.ts';
import { loadConfig } from '../proxy/load-config.ts';
import type { ProxyConfig } from '../proxy/proxy-config.ts';
import { rawRequest, type RawRequest } from '../proxy/raw-http.test-helpers.ts';
import {
  createSimulator,
  type Simulator,
  type SimulatorOptions,
} from '../simulator/create-simulator.ts';
import type { FaultSpec } from '../simulator/faults.ts';
import type { StatsSnapshot } from '../simulator/stats.ts';

/** The token the simulator accepts (and the proxy holds in server-token mode). */
export const SIM_TOKEN = 'sim-Token-4f9c2e7a1b5d';

/** An HTTP answer read in full, whether it came through `fetch` or a raw socket. */
export interface Answer {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: string;
  json(): Record<string, unknown>;
}

export { rawRequest, type RawRequest };

export interface StackOptions {
  /** Extra environment for `loadConfig` (PORT is always 0). */
  env?: Record<string, string>;
  /** Fields set after `loadConfig`, the way the launcher sets endpoint, token, mode and demo. */
  proxy?: Partial<ProxyConfig>;
  simulator?: Partial<SimulatorOptions>;
  /** The proxy's clock; real time when absent. */
  now?: () => number;
}

/** The launcher's composition: the real simulator on loopback, the real proxy in front of it. */
export interface Stack {
  proxy: Proxy;
  sim: Simulator;
  proxyUrl: string;
  simUrl: string;
  projectId: string;
  instanceIds: string[];
  config: ProxyConfig;
  /** The proxy's pino lines. */
  logs: string[];
  statusPath(instanceId: string, projectId?: string): string;
  batchPath(projectId?: string): string;
  get(path: string, headers?: Record<string, string>): Promise<Answer>;
  /** POSTs a batch; a string body is sent as it is, anything else as JSON. */
  postBatch(body: unknown, headers?: Record<string, string>): Promise<Answer>;
  raw(request: RawRequest): Promise<Answer>;
  /** The same status asked of the simulator directly, with its token. */
  direct(instanceId: string, projectId?: string): Promise<Answer>;
  injectFault(spec: FaultSpec): Promise<void>;
  pin(instanceId: string, body: unknown, projectId?: string): Promise<void>;
  stats(): Promise<StatsSnapshot>;
  resetStats(): Promise<void>;
  /** Closes the simulator only: the proxy keeps running in front of nothing. */
  stopSimulator(): Promise<void>;
}

const running: Stack[] = [];

/** Closes every stack started since the last call; use in afterEach or afterAll. */
export async function stopStacks(): Promise<void> {
  await Promise.all(
    running.splice(0).map(async (stack) => {
      await stack.proxy.close();
      await stack.sim.close();
    }),
  );
}

async function toAnswer(response: Response): Promise<Answer> {
  const body = await response.text();
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return {
    status: response.status,
    headers,
    body,
    json: () => JSON.parse(body) as Record<string, unknown>,
  };
}

function captureLines(logs: string[]): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString('utf8'));
      done();
    },
  });
}

async function expectOk(response: Response, what: string): Promise<void> {
  if (!response.ok) throw new Error(`${what}: ${response.status} ${await response.text()}`);
}

/**
 * Starts the simulator (127.0.0.1, port 0, no latency, admin on, no throttling, simulated time
 * frozen so a status does not move between two questions) and the proxy in front of it, built
 * like the launcher does: `loadConfig` with PORT 0, then endpoint, server token, mode and demo.
 */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const sim = createSimulator({
    token: SIM_TOKEN,
    latencyMs: { min: 0, max: 0 },
    admin: true,
    rateLimit: null,
    now: () => 0,
    ...options.simulator,
  });
  const simUrl = await sim.listen(0, '127.0.0.1');
  const env = {
    PORT: '0',
    HOST: '127.0.0.1',
    UPSTREAM_BUDGET_PER_SEC: '1500',
    PROXY_FRESHNESS_MS: '0',
    STATIC_DIR: mkdtempSync(join(tmpdir(), 'dcwatch-integration-')),
    ...options.env,
  };
  const config: ProxyConfig = {
    ...loadConfig(env),
    endpoint: simUrl,
    serverToken: SIM_TOKEN,
    mode: 'simulator',
    demo: sim.fleet,
    ...options.proxy,
  };
  const logs: string[] = [];
  const logger = createLogger('info', captureLines(logs));
  const proxy = createProxy(config, options.now ? { logger, now: options.now } : { logger });
  const proxyUrl = await proxy.listen();
  const { projectId, instanceIds } = sim.fleet;
  const admin = (method: string, path: string, body?: unknown) =>
    fetch(simUrl + path, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
    });

  const stack: Stack = {
    proxy,
    sim,
    proxyUrl,
    simUrl,
    projectId,
    instanceIds,
    config,
    logs,
    statusPath: (id, project = projectId) => `/api/v1/${project}/instances/${id}/status`,
    batchPath: (project = projectId) => `/api/v1/${project}/instances/status:batch`,
    get: async (path, headers = {}) => toAnswer(await fetch(proxyUrl + path, { headers })),
    postBatch: async (body, headers = {}) =>
      toAnswer(
        await fetch(proxyUrl + stack.batchPath(), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...headers },
          body: typeof body === 'string' ? body : JSON.stringify(body),
        }),
      ),
    raw: (request) => rawRequest(proxyUrl, request),
    direct: async (id, project = projectId) =>
      toAnswer(
        await fetch(`${simUrl}/v1/${project}/instances/${id}/status`, {
          headers: { 'X-Auth-Token': SIM_TOKEN },
        }),
      ),
    injectFault: async (spec) => expectOk(await admin('POST', '/__admin/faults', spec), 'fault'),
    pin: async (id, body, project = projectId) =>
      expectOk(await admin('PUT', `/__admin/projects/${project}/instances/${id}`, body), 'pin'),
    stats: async () => (await (await admin('GET', '/__admin/stats')).json()) as StatsSnapshot,
    resetStats: async () => expectOk(await admin('POST', '/__admin/stats/reset'), 'reset'),
    stopSimulator: () => sim.close(),
  };
  running.push(stack);
  return stack;
}
