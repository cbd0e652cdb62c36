import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createFleet } from '../simulator/fleet.ts';
import type { BenchContext } from './bench-context.ts';
import { tmpPath } from './bench-context.ts';
import { startChild, jsonLogLine } from './child-process.ts';
import { cleanEnv } from './clean-env.ts';

export interface RunningSimulator {
  url: string;
  projectId: string;
  instanceIds: string[];
  token: string;
  stop(): Promise<void>;
}

export interface SimulatorProcessOptions {
  instances: number;
  seed?: number;
  /** As the CLI takes it: "0" or "50-150". */
  latency: string;
  /** "off" or "PER_SECOND[/BURST]". */
  rateLimit: string;
}

/** A bench-only token, never printed or written anywhere. */
export function benchToken(): string {
  return randomBytes(24).toString('base64url');
}

/** The compiled simulator CLI in its own process, with the admin API on. */
export async function startSimulatorProcess(
  ctx: BenchContext,
  options: SimulatorProcessOptions,
): Promise<RunningSimulator> {
  const seed = options.seed ?? 1;
  const token = benchToken();
  const args = [
    join(ctx.root, 'dist/node/simulator/main.js'),
    ...['--port', '0', '--host', '127.0.0.1', '--seed', String(seed)],
    ...['--instances', String(options.instances), '--latency', options.latency],
    ...['--rate-limit', options.rateLimit, '--error-rate', '0', '--admin'],
  ];
  const child = await startChild(
    {
      label: 'simulator',
      command: process.execPath,
      args,
      env: cleanEnv(process.env, { SIM_TOKEN: token }),
      cwd: ctx.root,
      logPath: tmpPath(ctx, 'simulator.log'),
    },
    jsonLogLine('simulator listening'),
    ctx.cleanup,
  );
  // The CLI's fleet is deterministic: the same seed and size give the same ids in process.
  const fleet = createFleet({ seed, instances: options.instances });
  if (child.ready.projectId !== fleet.projectId) {
    await child.stop();
    throw new Error('the simulator process has a different fleet than expected');
  }
  return {
    url: String(child.ready.url),
    projectId: fleet.projectId,
    instanceIds: [...fleet.instanceIds],
    token,
    stop: child.stop,
  };
}

export interface RunningProxy {
  url: string;
  stop(): Promise<void>;
}

/**
 * The launcher (the product's entry point) as a child process, configured by `settings` (env vars
 * such as CLOUDDC_ENDPOINT, PROXY_FRESHNESS_MS). Its request log goes to a file, as in production.
 */
export async function startLauncherProcess(
  ctx: BenchContext,
  label: string,
  settings: Record<string, string>,
): Promise<RunningProxy> {
  const child = await startChild(
    {
      label,
      command: process.execPath,
      args: [join(ctx.root, 'dist/node/launcher/main.js')],
      env: cleanEnv(process.env, {
        PORT: '0',
        HOST: '127.0.0.1',
        STATIC_DIR: join(ctx.root, 'dist/web'),
        LOG_LEVEL: 'info',
        ...settings,
      }),
      cwd: ctx.root,
      logPath: tmpPath(ctx, `${label}.log`),
    },
    // The plain banner, printed whatever LOG_LEVEL is (pino's "dcwatch ready" is info level).
    (log) => /dcwatch is running at (http:\/\/[\w.:[\]]+)/.exec(log)?.[1],
    ctx.cleanup,
  );
  return { url: child.ready, stop: child.stop };
}
