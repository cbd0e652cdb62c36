import type { BenchContext } from './bench-context.ts';
import type { BenchOptions } from './bench-options.ts';
import { TARGETS } from './bench-targets.ts';
import type { Figure, Target } from './figures.ts';
import { runLoad, type LoadRun, type LoadSettings } from './load-test.ts';
import { nginxVersion, startNginx, type RunningNginx } from './nginx-service.ts';
import { startLauncherProcess, startSimulatorProcess } from './node-services.ts';
import { bestRun, proxyFigures, type LoadTargets } from './proxy-figures.ts';

/** Proxy settings for the forwarding runs: its budget and queue far above what the load can use. */
export const PROXY_LOAD_ENV = {
  UPSTREAM_BUDGET_PER_SEC: '100000',
  UPSTREAM_BUDGET_BURST: '200000',
  UPSTREAM_QUEUE_LIMIT: '100000',
  UPSTREAM_CONCURRENCY: '64',
};

interface PathCase {
  key: 'forwarding' | 'coalesced';
  title: string;
  freshnessMs: number;
  ids: number;
  target: Target;
}

const CASES: PathCase[] = [
  {
    key: 'forwarding',
    title: 'forwarding (freshness 0, 1,000 ids round robin)',
    freshnessMs: 0,
    ids: 1000,
    target: TARGETS.proxyVsNginx,
  },
  {
    key: 'coalesced',
    title: 'coalesced (freshness 1000 ms, 10 ids)',
    freshnessMs: 1000,
    ids: 10,
    target: TARGETS.coalescedVsNginx,
  },
];

interface LoadTarget {
  name: 'simulator' | 'nginx' | 'proxy';
  origin: string;
  paths: string[];
  headers: Record<string, string>;
}

/** Rounds of runs alternating between targets (warm-up before each target's first); best run each. */
async function measureRounds(
  ctx: BenchContext,
  targets: LoadTarget[],
  options: BenchOptions,
): Promise<{ best: LoadTargets; rps: Record<string, number[]> }> {
  const settings: LoadSettings = { connections: options.connections, durationS: options.durationS };
  const all = new Map<LoadTarget['name'], LoadRun[]>(targets.map((t) => [t.name, []]));
  for (let round = 0; round < options.rounds; round += 1) {
    for (const t of targets) {
      if (round === 0 && options.warmupS > 0) {
        await runLoad(t.name, t.origin, t.paths, t.headers, {
          ...settings,
          durationS: options.warmupS,
        });
      }
      const run = await runLoad(t.name, t.origin, t.paths, t.headers, settings);
      all.get(t.name)?.push(run);
      ctx.log(
        `  ${t.name.padEnd(10)} ${Math.round(run.rps)} req/s, p99 ${run.latencyP99Ms} ms` +
          (run.non2xx + run.errors > 0 ? `, ${run.non2xx} non-2xx, ${run.errors} errors` : ''),
      );
    }
  }
  const best: LoadTargets = {};
  const rps: Record<string, number[]> = {};
  for (const [name, runs] of all) {
    const chosen = bestRun(runs);
    if (chosen) best[name] = chosen;
    rps[name] = runs.map((r) => Math.round(r.rps));
  }
  return { best, rps };
}

async function assertOk(url: string, headers: Record<string, string>): Promise<void> {
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(5000) });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`sanity check answered ${response.status}`);
}

/** Req/s and p99 through the proxy vs the simulator alone vs nginx, with the same autocannon settings. */
export async function benchProxy(
  ctx: BenchContext,
  options: BenchOptions,
): Promise<{ figures: Figure[]; details: unknown }> {
  const figures: Figure[] = [];
  const sim = await startSimulatorProcess(ctx, { instances: 1000, latency: '0', rateLimit: 'off' });
  const auth = { 'x-auth-token': sim.token };
  let nginx: RunningNginx | null = null;
  let nginxNote: string | undefined;
  const version = options.nginx === null ? null : nginxVersion(options.nginx);
  if (options.nginx === null) nginxNote = 'nginx skipped (--no-nginx)';
  else if (version === null) nginxNote = `nginx not found at ${options.nginx}: comparison skipped`;
  else nginx = await startNginx(ctx, options.nginx, Number(new URL(sim.url).port));
  if (nginxNote) ctx.notes.push(nginxNote);
  ctx.notes.push(
    `proxy: autocannon ${options.connections} connections, best of ${options.rounds} ` +
      `alternating ${options.durationS} s runs per target (+${options.warmupS} s warm-up); ` +
      `simulator process --latency 0 --rate-limit off; proxy LOG_LEVEL=${options.proxyLogLevel} ` +
      Object.entries(PROXY_LOAD_ENV)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ') +
      (nginx ? `; ${version}: 1 worker, keepalive 64, access_log on` : ''),
  );

  const runs: Record<string, { best: LoadTargets; rpsPerRound: Record<string, number[]> }> = {};
  for (const c of CASES) {
    ctx.log(`proxy: ${c.title}`);
    const ids = sim.instanceIds.slice(0, c.ids);
    const simPaths = ids.map((id) => `/v1/${sim.projectId}/instances/${id}/status`);
    const apiPaths = simPaths.map((p) => `/api${p}`);
    const proxy = await startLauncherProcess(ctx, `proxy-${c.key}`, {
      CLOUDDC_ENDPOINT: sim.url,
      CLOUDDC_AUTH_TOKEN: sim.token,
      PROXY_FRESHNESS_MS: String(c.freshnessMs),
      LOG_LEVEL: options.proxyLogLevel,
      ...PROXY_LOAD_ENV,
    });
    await assertOk(`${proxy.url}${apiPaths[0]}`, {});
    const targets: LoadTarget[] = [
      { name: 'simulator', origin: sim.url, paths: simPaths, headers: auth },
      ...(nginx
        ? [{ name: 'nginx' as const, origin: nginx.url, paths: apiPaths, headers: auth }]
        : []),
      { name: 'proxy', origin: proxy.url, paths: apiPaths, headers: {} },
    ];
    if (nginx) await assertOk(`${nginx.url}${apiPaths[0]}`, auth);
    const { best: byTarget, rps } = await measureRounds(ctx, targets, options);
    await proxy.stop();
    runs[c.key] = { best: byTarget, rpsPerRound: rps };
    figures.push(...proxyFigures(c.key, byTarget, c.target, nginxNote, rps));
  }
  await nginx?.stop();
  await sim.stop();
  return {
    figures,
    details: {
      settings: {
        connections: options.connections,
        durationS: options.durationS,
        warmupS: options.warmupS,
        rounds: `${options.rounds}, alternating targets; the best run of each target counts`,
        simulator: 'separate process: --latency 0 --rate-limit off --instances 1000',
        proxy: { ...PROXY_LOAD_ENV, LOG_LEVEL: `${options.proxyLogLevel} (log to a file)` },
        nginx: nginx
          ? `${version}, 1 worker, keepalive 64 upstream, access_log to a file`
          : nginxNote,
        cases: CASES.map(({ key, title }) => ({ key, title })),
      },
      runs,
    },
  };
}
