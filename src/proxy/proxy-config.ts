/** Log levels pino knows. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Everything the proxy needs to run; `loadConfig` builds it from the environment. */
export interface ProxyConfig {
  /** 0 = an ephemeral port. */
  port: number;
  host: string;
  /** Upstream base URL without a trailing slash; null until the launcher supplies one (simulator mode). */
  endpoint: string | null;
  /** Server-held token; null = pass the browser's X-Auth-Token through. */
  serverToken: string | null;
  upstreamTimeoutMs: number;
  /** Extra Host names accepted (lower case, optional :port). */
  allowedHosts: string[];
  /** Absolute path of the built web app. */
  staticDir: string;
  logLevel: LogLevel;
  upstreamConcurrency: number;
  budgetPerSec: number;
  budgetBurst: number;
  /** Requests per token that may wait for budget before 429 DCW.BUDGET_EXCEEDED. */
  queueLimit: number;
  freshnessMs: number;
  maxResponseBytes: number;
  /** Set by the launcher. */
  mode: 'simulator' | 'upstream';
  /** Set by the launcher: the simulator's fleet, offered to the UI as a demo. */
  demo: { projectId: string; instanceIds: string[] } | null;
}

/** Thrown by `loadConfig` (and `createProxy`) with one line saying what is wrong. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export const BATCH_MAX_IDS = 100;
export const BATCH_BODY_LIMIT_BYTES = 16 * 1024;
export const CACHE_MAX_ENTRIES = 10_000;
export const MAX_FRESHNESS_MS = 1000;
