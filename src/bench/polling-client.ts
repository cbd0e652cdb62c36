import { setMaxListeners } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'undici';
import { chunk, tickTimes } from './poll-schedule.ts';

export interface PollingClientSpec {
  origin: string;
  projectId: string;
  ids: readonly string[];
  route: 'batch' | 'single';
  intervalMs: number;
  offsetMs: number;
  durationMs: number;
  /** performance.now() at which every client's clock starts. */
  startAt: number;
  /** Connections to the proxy, like a browser's six per host over HTTP/1.1. */
  connections: number;
  batchSize: number;
  /** Requests still open this long after the start are abandoned (counted as failures). */
  hardStopMs: number;
}

export interface ClientReport {
  ticks: number;
  /** Ticks that started late because the previous one was still running. */
  lateTicks: number;
  /** Ticks not started because the previous one ran past the end of the run. */
  skippedTicks: number;
  httpRequests: number;
  lookups: number;
  /** HTTP status of each answer (single route) or of each batch item. */
  statuses: Record<string, number>;
  failures: number;
  tickMs: number[];
}

interface BatchBody {
  items?: { status?: number }[];
}

function count(statuses: Record<string, number>, status: number | string): void {
  statuses[status] = (statuses[status] ?? 0) + 1;
}

/** One simulated dashboard: every tick it asks for all its ids, then waits for the next tick. */
export async function runPollingClient(spec: PollingClientSpec): Promise<ClientReport> {
  const pool = new Pool(spec.origin, {
    connections: spec.connections,
    headersTimeout: 15_000,
    bodyTimeout: 15_000,
  });
  const report: ClientReport = {
    ticks: 0,
    lateTicks: 0,
    skippedTicks: 0,
    httpRequests: 0,
    lookups: 0,
    statuses: {},
    failures: 0,
    tickMs: [],
  };
  const base = `/api/v1/${spec.projectId}/instances`;
  const signal = AbortSignal.timeout(
    Math.max(1, Math.round(spec.startAt + spec.hardStopMs - performance.now())),
  );
  // Every request of the client listens to the one signal: up to a whole tick's worth at once.
  setMaxListeners(spec.ids.length + 100, signal);

  const batch = async (ids: string[]) => {
    report.httpRequests += 1;
    report.lookups += ids.length;
    const res = await pool.request({
      path: `${base}/status:batch`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ids }),
      signal,
    });
    if (res.statusCode !== 200) {
      count(report.statuses, `batch ${res.statusCode}`);
      await res.body.dump();
      return;
    }
    const body = (await res.body.json()) as BatchBody;
    for (const item of body.items ?? []) count(report.statuses, item.status ?? 'none');
  };
  const single = async (id: string) => {
    report.httpRequests += 1;
    report.lookups += 1;
    const res = await pool.request({ path: `${base}/${id}/status`, method: 'GET', signal });
    count(report.statuses, res.statusCode);
    await res.body.dump();
  };
  const guard = (work: Promise<void>) =>
    work.catch(() => {
      report.failures += 1;
    });

  try {
    const ticks = tickTimes(spec.offsetMs, spec.intervalMs, spec.durationMs);
    for (const [index, at] of ticks.entries()) {
      if (performance.now() - spec.startAt >= spec.durationMs) {
        report.skippedTicks = ticks.length - index;
        break;
      }
      const wait = spec.startAt + at - performance.now();
      if (wait > 0) await sleep(wait);
      else if (report.ticks > 0) report.lateTicks += 1;
      const tickStart = performance.now();
      await Promise.all(
        spec.route === 'batch'
          ? chunk(spec.ids, spec.batchSize).map((ids) => guard(batch(ids)))
          : spec.ids.map((id) => guard(single(id))),
      );
      report.ticks += 1;
      report.tickMs.push(Math.round(performance.now() - tickStart));
    }
  } finally {
    await pool.destroy();
  }
  return report;
}
