import { isValidId } from '../domain/ids.ts';
import type { RateLimit } from './rate-limiter.ts';

/** Options of `createSimulator`, as in the shared contract (plus injectable clock and randomness). */
export interface SimulatorOptions {
  seed?: number;
  instances?: number;
  projectId?: string;
  token: string;
  /** 1 = realistic dwell times; 2 = twice as fast. */
  speed?: number;
  latencyMs?: { min: number; max: number };
  /** 0..1 share of answers that are 500s. */
  errorRate?: number;
  /** Per-token budget; null disables throttling. */
  rateLimit?: RateLimit | null;
  admin?: boolean;
  /** Clock in ms (tests move it by hand); defaults to `performance.now`. */
  now?: () => number;
  /** Draws for latency and injected 500s; defaults to `Math.random`. */
  random?: () => number;
}

export type ResolvedOptions = Required<Omit<SimulatorOptions, 'projectId'>> & {
  projectId: string | undefined;
};

export const DEFAULT_RATE_LIMIT: RateLimit = { perSecond: 2000, burst: 4000 };

function check(ok: boolean, message: string): void {
  if (!ok) throw new RangeError(message);
}

/** Fills defaults and rejects impossible values with a RangeError naming the option. */
export function resolveOptions(options: SimulatorOptions): ResolvedOptions {
  const resolved: ResolvedOptions = {
    seed: options.seed ?? 1,
    instances: options.instances ?? 50,
    projectId: options.projectId,
    token: options.token,
    speed: options.speed ?? 1,
    latencyMs: options.latencyMs ?? { min: 50, max: 150 },
    errorRate: options.errorRate ?? 0,
    rateLimit: options.rateLimit === undefined ? DEFAULT_RATE_LIMIT : options.rateLimit,
    admin: options.admin ?? false,
    now: options.now ?? (() => performance.now()),
    random: options.random ?? Math.random,
  };
  const { seed, instances, speed, latencyMs, errorRate, rateLimit, token, projectId } = resolved;
  check(typeof token === 'string' && token !== '', 'token must be a non-empty string');
  check(Number.isInteger(seed), 'seed must be an integer');
  check(
    Number.isInteger(instances) && instances >= 1 && instances <= 1_000_000,
    'instances must be an integer from 1 to 1000000',
  );
  check(
    projectId === undefined || isValidId(projectId),
    'projectId must be 1-64 letters, digits, - or _',
  );
  check(Number.isFinite(speed) && speed > 0, 'speed must be a number above 0');
  check(
    Number.isFinite(latencyMs.min) &&
      latencyMs.min >= 0 &&
      Number.isFinite(latencyMs.max) &&
      latencyMs.max >= latencyMs.min,
    'latencyMs must have 0 <= min <= max',
  );
  check(
    Number.isFinite(errorRate) && errorRate >= 0 && errorRate <= 1,
    'errorRate must be between 0 and 1',
  );
  check(
    rateLimit === null ||
      (rateLimit.perSecond > 0 &&
        rateLimit.burst >= 1 &&
        Number.isFinite(rateLimit.perSecond + rateLimit.burst)),
    'rateLimit must have perSecond > 0 and burst >= 1',
  );
  return resolved;
}
