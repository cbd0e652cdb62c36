import autocannon from 'autocannon';
import { rotator } from './rotator.ts';

export interface LoadSettings {
  connections: number;
  durationS: number;
}

/** One autocannon run, reduced to what the bench reports. */
export interface LoadRun {
  target: string;
  requests: number;
  /** Mean requests per second over the run (autocannon's per-second samples). */
  rps: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyMaxMs: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
}

/**
 * GETs `paths` round robin on `origin` with autocannon; every connection draws from one shared
 * rotation, so two connections never ask for the same path at once (with enough paths).
 */
export async function runLoad(
  target: string,
  origin: string,
  paths: readonly string[],
  headers: Record<string, string>,
  settings: LoadSettings,
): Promise<LoadRun> {
  const next = rotator(paths);
  const result = await autocannon({
    url: origin,
    connections: settings.connections,
    duration: settings.durationS,
    timeout: 10,
    headers,
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: next() }) }],
  });
  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, s.count ?? 0]),
  );
  return {
    target,
    requests: result.requests.total,
    rps: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    latencyMaxMs: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
  };
}
