import { parseArgs } from 'node:util';

export const BENCH_SECTIONS = ['bundle', 'proxy', 'coalescing', 'dashboard'] as const;
export type BenchSection = (typeof BENCH_SECTIONS)[number];

/** What one `node dist/node/bench/main.js …` run measures and for how long. */
export interface BenchOptions {
  only: BenchSection[];
  /** Seconds of each measured autocannon run (proxy forwarding). */
  durationS: number;
  /** Seconds of load before each target's first measured run, not counted. */
  warmupS: number;
  /** Measured runs per target, alternating targets; the best run counts (noise only slows). */
  rounds: number;
  connections: number;
  /** Seconds the simulated clients poll in each coalescing run. */
  coalescingS: number;
  /** Seconds of steady polling measured in the dashboard. */
  steadyS: number;
  fleetSizes: number[];
  /** LOG_LEVEL of the proxies under load ('info' = as shipped: one log line per request). */
  proxyLogLevel: string;
  /** Path of the nginx binary, or null when --no-nginx. */
  nginx: string | null;
  out: string;
  help: boolean;
}

export class BenchArgsError extends Error {
  override name = 'BenchArgsError';
}

export const BENCH_USAGE = `usage: node dist/node/bench/main.js [flags]
  --only LIST          sections to run, comma separated: ${BENCH_SECTIONS.join(',')} (default all)
  --duration S         seconds of each proxy forwarding run (default 10)
  --warmup S           seconds of unmeasured load before each run (default 2)
  --rounds N           measured runs per proxy target, alternating; best counts (default 2)
  --connections N      autocannon connections (default 50)
  --coalescing S       seconds of each coalescing run (default 30)
  --steady S           seconds of steady dashboard polling measured (default 60)
  --fleet-sizes LIST   dashboard fleet sizes (default 1000,5000)
  --quick              short runs for development: --duration 3 --warmup 1 --rounds 1
                       --coalescing 6 --steady 10
  --proxy-log-level L  LOG_LEVEL of the proxy under load (default info, as shipped; e.g. warn)
  --nginx PATH         nginx binary (default /usr/sbin/nginx, else nginx on PATH)
  --no-nginx           skip the nginx comparison
  --out FILE           results file (default dist/bench/results.json)`;

function integer(
  raw: string | undefined,
  name: string,
  min: number,
  max: number,
  fallback: number,
) {
  if (raw === undefined) return fallback;
  const n = /^\d+$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new BenchArgsError(`--${name} must be an integer from ${min} to ${max}, got '${raw}'`);
  }
  return n;
}

function sections(raw: string | undefined): BenchSection[] {
  if (raw === undefined) return [...BENCH_SECTIONS];
  const names = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const unknown = names.find((n) => !(BENCH_SECTIONS as readonly string[]).includes(n));
  if (unknown !== undefined || names.length === 0) {
    throw new BenchArgsError(
      `--only takes a list of ${BENCH_SECTIONS.join(', ')}, got '${unknown ?? raw}'`,
    );
  }
  return BENCH_SECTIONS.filter((s) => names.includes(s));
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function logLevel(raw: string | undefined): string {
  if (raw === undefined) return 'info';
  if (!LOG_LEVELS.includes(raw)) {
    throw new BenchArgsError(`--proxy-log-level must be one of ${LOG_LEVELS.join(', ')}`);
  }
  return raw;
}

function fleetSizes(raw: string | undefined): number[] {
  if (raw === undefined) return [1000, 5000];
  const sizes = raw.split(',').map((s) => integer(s, 'fleet-sizes', 1, 100_000, 0));
  return [...new Set(sizes)];
}

/**
 * Reads the bench command line; throws BenchArgsError on anything it cannot use.
 * @example parseBenchArgs(['--only', 'proxy', '--duration', '3']).durationS → 3
 */
export function parseBenchArgs(argv: string[], defaultNginx: string | null): BenchOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        only: { type: 'string' },
        duration: { type: 'string' },
        warmup: { type: 'string' },
        rounds: { type: 'string' },
        connections: { type: 'string' },
        coalescing: { type: 'string' },
        steady: { type: 'string' },
        'fleet-sizes': { type: 'string' },
        quick: { type: 'boolean' },
        'proxy-log-level': { type: 'string' },
        nginx: { type: 'string' },
        'no-nginx': { type: 'boolean' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new BenchArgsError(error instanceof Error ? error.message : String(error));
  }
  const quick = values.quick ?? false;
  if (values.nginx !== undefined && values['no-nginx']) {
    throw new BenchArgsError('use either --nginx or --no-nginx');
  }
  return {
    only: sections(values.only),
    durationS: integer(values.duration, 'duration', 1, 600, quick ? 3 : 10),
    warmupS: integer(values.warmup, 'warmup', 0, 60, quick ? 1 : 2),
    rounds: integer(values.rounds, 'rounds', 1, 10, quick ? 1 : 2),
    connections: integer(values.connections, 'connections', 1, 1000, 50),
    coalescingS: integer(values.coalescing, 'coalescing', 2, 600, quick ? 6 : 30),
    steadyS: integer(values.steady, 'steady', 5, 600, quick ? 10 : 60),
    fleetSizes: fleetSizes(values['fleet-sizes']),
    proxyLogLevel: logLevel(values['proxy-log-level']),
    nginx: values['no-nginx'] ? null : (values.nginx ?? defaultNginx),
    out: values.out ?? 'dist/bench/results.json',
    help: values.help ?? false,
  };
}
