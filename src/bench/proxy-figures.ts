import { figure, type Figure, type Target } from './figures.ts';
import type { LoadRun } from './load-test.ts';
import { ratio, round } from './stats.ts';

export type LoadTargets = Partial<Record<'simulator' | 'nginx' | 'proxy', LoadRun>>;

/**
 * The run with the most requests per second: on a shared machine noise only ever slows a run down.
 * @example bestRun([{ rps: 900 }, { rps: 1000 }]) → { rps: 1000 }
 */
export function bestRun<T extends { rps: number }>(runs: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const run of runs) if (best === undefined || run.rps > best.rps) best = run;
  return best;
}

function noteOf(run: LoadRun, rounds: readonly number[] | undefined): string | undefined {
  const notes = [
    rounds && rounds.length > 1 ? `best of ${rounds.join(', ')}` : '',
    run.non2xx + run.errors > 0
      ? `${run.non2xx} non-2xx ${JSON.stringify(run.statusCodes)}, ${run.errors} errors`
      : '',
  ].filter((s) => s !== '');
  return notes.length > 0 ? notes.join('; ') : undefined;
}

/**
 * Rows for one proxy path: req/s and p99 of each target, then proxy/nginx (judged) and
 * proxy/simulator. Notes list every round's req/s and any errors or non-2xx answers.
 */
export function proxyFigures(
  path: 'forwarding' | 'coalesced',
  runs: LoadTargets,
  target: Target,
  nginxNote?: string,
  roundsRps: Record<string, number[]> = {},
): Figure[] {
  const rows: Figure[] = [];
  for (const [name, run] of Object.entries(runs)) {
    rows.push(
      figure(
        'proxy',
        `${name} req/s (${path})`,
        round(run.rps, 0),
        'req/s',
        null,
        noteOf(run, roundsRps[name]),
      ),
      figure('proxy', `${name} p99 latency (${path})`, run.latencyP99Ms, 'ms'),
    );
  }
  const vsNginx = ratio(runs.proxy?.rps, runs.nginx?.rps);
  const vsSimulator = ratio(runs.proxy?.rps, runs.simulator?.rps);
  rows.push(
    figure(
      'proxy',
      `proxy / nginx req/s (${path})`,
      vsNginx === undefined ? null : round(vsNginx, 3),
      '×',
      target,
      runs.nginx ? undefined : nginxNote,
    ),
    figure(
      'proxy',
      `proxy / simulator req/s (${path})`,
      vsSimulator === undefined ? null : round(vsSimulator, 3),
      '×',
    ),
  );
  return rows;
}
