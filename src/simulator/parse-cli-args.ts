import { parseArgs } from 'node:util';
import type { RateLimit } from './rate-limiter.ts';

/** What the simulator CLI was asked for. */
export interface CliArgs {
  port: number;
  host: string;
  instances: number;
  seed: number;
  latencyMs: { min: number; max: number };
  speed: number;
  errorRate: number;
  rateLimit: RateLimit | null | undefined;
  admin: boolean;
}

/** A command-line mistake; main prints the message and exits with code 2. */
export class CliArgsError extends Error {
  override name = 'CliArgsError';
}

function integer(
  value: string | undefined,
  name: string,
  min: number,
  max: number,
  fallback: number,
): number {
  if (value === undefined) return fallback;
  const n = /^-?\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new CliArgsError(`--${name} must be an integer from ${min} to ${max}, got '${value}'`);
  }
  return n;
}

function decimal(
  value: string | undefined,
  name: string,
  ok: (n: number) => boolean,
  rule: string,
  fallback: number,
) {
  if (value === undefined) return fallback;
  const n = value.trim() === '' ? NaN : Number(value);
  if (!Number.isFinite(n) || !ok(n))
    throw new CliArgsError(`--${name} must be ${rule}, got '${value}'`);
  return n;
}

function latency(value: string | undefined): { min: number; max: number } {
  if (value === undefined) return { min: 50, max: 150 };
  const match = /^(\d+)(?:-(\d+))?$/.exec(value);
  const min = Number(match?.[1]);
  const max = Number(match?.[2] ?? match?.[1]);
  if (!match || max < min)
    throw new CliArgsError(
      `--latency must be MIN-MAX in ms (e.g. 50-150) or one number, got '${value}'`,
    );
  return { min, max };
}

function rateLimit(value: string | undefined): RateLimit | null | undefined {
  if (value === undefined) return undefined;
  if (value === 'off') return null;
  const match = /^(\d+)(?:\/(\d+))?$/.exec(value);
  const perSecond = Number(match?.[1]);
  const burst = Number(match?.[2] ?? perSecond * 2);
  if (!match || perSecond < 1 || burst < 1) {
    throw new CliArgsError(
      `--rate-limit must be PER_SECOND[/BURST] (e.g. 2000/4000) or 'off', got '${value}'`,
    );
  }
  return { perSecond, burst };
}

/**
 * Parses the simulator's command line; throws CliArgsError on anything it cannot use.
 * @example parseCliArgs(['--port', '0', '--latency', '0-0']).port → 0
 */
export function parseCliArgs(argv: string[]): CliArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        instances: { type: 'string' },
        seed: { type: 'string' },
        latency: { type: 'string' },
        speed: { type: 'string' },
        'error-rate': { type: 'string' },
        'rate-limit': { type: 'string' },
        admin: { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new CliArgsError(error instanceof Error ? error.message : String(error));
  }
  const host = values.host ?? '127.0.0.1';
  if (host.trim() === '') throw new CliArgsError('--host must not be empty');
  return {
    port: integer(values.port, 'port', 0, 65535, 9090),
    host,
    instances: integer(values.instances, 'instances', 1, 1_000_000, 50),
    seed: integer(values.seed, 'seed', 0, 0xffffffff, 1),
    latencyMs: latency(values.latency),
    speed: decimal(values.speed, 'speed', (n) => n > 0, 'a number above 0', 1),
    errorRate: decimal(
      values['error-rate'],
      'error-rate',
      (n) => n >= 0 && n <= 1,
      'a number from 0 to 1',
      0,
    ),
    rateLimit: rateLimit(values['rate-limit']),
    admin: values.admin ?? false,
  };
}
