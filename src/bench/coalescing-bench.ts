import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchContext } from './bench-context.ts';
import type { BenchOptions } from './bench-options.ts';
import {
  coalescingFigures,
  mergeClientReports,
  perWindowOf,
  type CoalescingRun,
  type SimStats,
} from './coalescing-report.ts';
import type { Figure } from './figures.ts';
import {
  startLauncherProcess,
  startSimulatorProcess,
  type RunningSimulator,
} from './node-services.ts';
import { clientOffsets } from './poll-schedule.ts';
import { runPollingClient } from './polling-client.ts';
import { round } from './stats.ts';

export const COALESCING = {
  clients: 10,
  instances: 1000,
  intervalMs: 2000,
  freshnessMs: 1000,
  batchSize: 100,
  connectionsPerClient: 6,
  simulatorLatency: '50-150',
  proxyEnv: {
    PROXY_FRESHNESS_MS: '1000',
    UPSTREAM_BUDGET_PER_SEC: '5000',
    UPSTREAM_BUDGET_BURST: '10000',
    UPSTREAM_CONCURRENCY: '256',
    UPSTREAM_QUEUE_LIMIT: '10000',
  },
} as const;

/** A tick still running this long after the run's end is cut short. */
const HARD_STOP_GRACE_MS = 15_000;

async function admin(sim: RunningSimulator, path: string, method = 'GET'): Promise<unknown> {
  const response = await fetch(`${sim.url}/__admin/${path}`, {
    method,
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`simulator admin ${path} answered ${response.status}`);
  return response.json();
}

/** 10 clients polling the same 1,000 instances through one proxy: how often does each reach upstream? */
export async function benchCoalescing(
  ctx: BenchContext,
  options: BenchOptions,
): Promise<{ figures: Figure[]; details: unknown }> {
  const c = COALESCING;
  const durationMs = options.coalescingS * 1000;
  const sim = await startSimulatorProcess(ctx, {
    instances: c.instances,
    latency: c.simulatorLatency,
    rateLimit: 'off',
  });
  const proxy = await startLauncherProcess(ctx, 'proxy-coalescing', {
    CLOUDDC_ENDPOINT: sim.url,
    CLOUDDC_AUTH_TOKEN: sim.token,
    LOG_LEVEL: options.proxyLogLevel,
    ...c.proxyEnv,
  });
  ctx.notes.push(
    `coalescing: simulator process --latency ${c.simulatorLatency} --rate-limit off; proxy ` +
      Object.entries(c.proxyEnv)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ') +
      `; ${c.connectionsPerClient} connections per client`,
  );
  const figures: Figure[] = [];
  const runs: CoalescingRun[] = [];
  for (const route of ['batch', 'single'] as const) {
    // Let the previous run's cached answers expire before counting again.
    await sleep(c.freshnessMs + 500);
    await admin(sim, 'stats/reset', 'POST');
    ctx.log(`coalescing: ${c.clients} clients, ${route} route, ${options.coalescingS} s`);
    const startAt = performance.now();
    const reports = await Promise.all(
      clientOffsets(c.clients, c.intervalMs).map((offsetMs) =>
        runPollingClient({
          origin: proxy.url,
          projectId: sim.projectId,
          ids: sim.instanceIds,
          route,
          intervalMs: c.intervalMs,
          offsetMs,
          durationMs,
          startAt,
          connections: c.connectionsPerClient,
          batchSize: c.batchSize,
          hardStopMs: durationMs + HARD_STOP_GRACE_MS,
        }),
      ),
    );
    const run: CoalescingRun = {
      route,
      instances: c.instances,
      freshnessMs: c.freshnessMs,
      intervalMs: c.intervalMs,
      durationMs,
      elapsedMs: Math.round(performance.now() - startAt),
      upstream: (await admin(sim, 'stats')) as SimStats,
      clients: mergeClientReports(reports),
    };
    ctx.log(
      `  upstream ${run.upstream.requests} for ${run.clients.lookups} lookups in ` +
        `${run.clients.httpRequests} client requests: ${round(perWindowOf(run) ?? NaN, 3)} ` +
        `per instance per window; ticks: ${run.clients.lateTicks} late, ${run.clients.skippedTicks} skipped`,
    );
    runs.push(run);
    figures.push(...coalescingFigures(run));
  }
  await proxy.stop();
  await sim.stop();
  return {
    figures,
    details: {
      settings: { ...c, durationS: options.coalescingS },
      runs: runs.map(({ upstream: { byInstance, ...upstream }, ...r }) => {
        const counts = Object.values(byInstance);
        const perInstance = { min: Math.min(...counts), max: Math.max(...counts) };
        return { ...r, upstream: { ...upstream, instancesSeen: counts.length, perInstance } };
      }),
    },
  };
}
