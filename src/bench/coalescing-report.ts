import { TARGETS } from './bench-targets.ts';
import { figure, type Figure } from './figures.ts';
import type { ClientReport } from './polling-client.ts';
import { percentile, round, sum, upstreamPerWindow } from './stats.ts';

/** `GET /__admin/stats` of the simulator. */
export interface SimStats {
  requests: number;
  byInstance: Record<string, number>;
  byStatus: Record<string, number>;
}

export type ClientTotals = ReturnType<typeof mergeClientReports>;

/** All simulated clients of one run added up. */
export function mergeClientReports(reports: readonly ClientReport[]) {
  const statuses: Record<string, number> = {};
  for (const r of reports) {
    for (const [code, n] of Object.entries(r.statuses)) statuses[code] = (statuses[code] ?? 0) + n;
  }
  const tickMs = reports.flatMap((r) => r.tickMs);
  return {
    ticks: sum(reports.map((r) => r.ticks)),
    lateTicks: sum(reports.map((r) => r.lateTicks)),
    skippedTicks: sum(reports.map((r) => r.skippedTicks)),
    httpRequests: sum(reports.map((r) => r.httpRequests)),
    lookups: sum(reports.map((r) => r.lookups)),
    failures: sum(reports.map((r) => r.failures)),
    statuses,
    tickP50Ms: percentile(tickMs, 50),
    tickMaxMs: percentile(tickMs, 100),
  };
}

export interface CoalescingRun {
  route: 'batch' | 'single';
  instances: number;
  freshnessMs: number;
  intervalMs: number;
  durationMs: number;
  /** Until the last client's last tick was answered (upstream calls go on until then). */
  elapsedMs: number;
  upstream: SimStats;
  clients: ClientTotals;
}

/** Upstream requests per instance per freshness window over the time upstream calls were made. */
export function perWindowOf(run: CoalescingRun): number | undefined {
  return upstreamPerWindow({
    upstreamRequests: run.upstream.requests,
    instances: run.instances,
    durationMs: Math.max(run.durationMs, run.elapsedMs),
    freshnessMs: run.freshnessMs,
  });
}

function problemsOf(c: ClientTotals): string[] {
  const notOk = sum(
    Object.entries(c.statuses)
      .filter(([code]) => code !== '200')
      .map(([, n]) => n),
  );
  return [
    notOk > 0 ? `${notOk} answers not 200 ${JSON.stringify(c.statuses)}` : '',
    c.failures > 0 ? `${c.failures} requests failed` : '',
    c.lateTicks > 0 ? `${c.lateTicks} of ${c.ticks} ticks late` : '',
    c.skippedTicks > 0 ? `${c.skippedTicks} ticks skipped` : '',
  ].filter((s) => s !== '');
}

/**
 * The run's rows. The ratio is judged only when every client kept its interval: clients that fell
 * behind asked less often, which would flatter the figure.
 */
export function coalescingFigures(run: CoalescingRun): Figure[] {
  const { route, clients } = run;
  const perWindow = perWindowOf(run);
  const windows = round(Math.max(run.durationMs, run.elapsedMs) / run.freshnessMs, 1);
  const kept = clients.lateTicks + clients.skippedTicks + clients.failures === 0;
  const problems = problemsOf(clients);
  if (!kept) problems.unshift(`not judged: clients could not poll every ${run.intervalMs} ms`);
  const perInstance = Object.values(run.upstream.byInstance);
  const f = (name: string, value: number | undefined, note: string, unit = '') =>
    figure('coalescing', `${name} (${route})`, value, unit, null, note);
  return [
    figure(
      'coalescing',
      `upstream per instance per ${run.freshnessMs} ms (${route})`,
      perWindow === undefined ? null : round(perWindow, 3),
      '',
      kept ? TARGETS.upstreamPerWindow : null,
      problems.join('; ') || `ideal 1.0 at most`,
    ),
    f(
      'upstream requests',
      run.upstream.requests,
      `ideal ≤ ${Math.round(run.instances * windows)} in ${round(run.elapsedMs / 1000, 1)} s`,
    ),
    f('client HTTP requests', clients.httpRequests, `${clients.lookups} instance lookups`),
    f('max upstream for one instance', percentile(perInstance, 100), `${windows} windows`),
    f(
      'client tick p50',
      clients.tickP50Ms,
      `max ${clients.tickMaxMs} ms, interval ${run.intervalMs} ms`,
      'ms',
    ),
  ];
}
