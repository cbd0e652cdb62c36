import { FIRST_STATE_TARGET_FLEET, TARGETS } from './bench-targets.ts';
import { figure, type Figure } from './figures.ts';
import type { FirstLoad, FleetPageMeasurement } from './measure-fleet-page.ts';
import { round } from './stats.ts';

const loadNote = (load: FirstLoad, from: string) =>
  load.breakdown === null
    ? 'not reached in 60 s'
    : `from ${from}; last batch answer at ${load.breakdown.lastBatchAnswerMs} ms, ` +
      `${load.breakdown.batches} batches, ${load.breakdown.longTasks} long tasks ` +
      `(${load.breakdown.longTaskTotalMs} ms)`;

/** The rows of one fleet size; the first-state target applies to the 5,000-instance fleet. */
export function dashboardFigures(m: FleetPageMeasurement): Figure[] {
  const n = m.instances;
  const firstTarget = n === FIRST_STATE_TARGET_FLEET ? TARGETS.firstStateMs : null;
  const r = m.requests;
  const ms = (v: number | null | undefined) => (v === null || v === undefined ? null : round(v, 1));
  return [
    figure(
      'dashboard',
      `${n}: every row's first state, after click`,
      ms(m.afterClick.ms),
      'ms',
      firstTarget,
      loadNote(m.afterClick, 'the click'),
    ),
    figure(
      'dashboard',
      `${n}: every row's first state, after reload`,
      ms(m.afterReload.ms),
      'ms',
      firstTarget,
      loadNote(m.afterReload, 'DOMContentLoaded'),
    ),
    figure(
      'dashboard',
      `${n}: browser requests in any 10 s`,
      r.maxPer10s,
      'req',
      TARGETS.requestsPer10s,
      `${r.requests} in ${m.steadyS} s; per 10 s: ${r.per10s.join(', ')}`,
    ),
    figure(
      'dashboard',
      `${n}: request wait p95`,
      ms(r.waitP95Ms),
      'ms',
      TARGETS.p95RequestWaitMs,
      r.waitMaxMs === undefined ? 'no requests' : `longest ${round(r.waitMaxMs, 1)} ms`,
    ),
    figure(
      'dashboard',
      `${n}: main thread busy`,
      round(m.mainThreadBusyPct, 2),
      '%',
      TARGETS.mainThreadBusyPct,
    ),
    figure(
      'dashboard',
      `${n}: long tasks (> 50 ms)`,
      m.longTasks.count,
      '',
      TARGETS.longTasks,
      m.longTasks.count > 0 ? `longest ${round(m.longTasks.longestMs, 0)} ms` : undefined,
    ),
    figure(
      'dashboard',
      `${n}: JS heap after GC, start`,
      m.heapAfterGcMb.start,
      'MB',
      TARGETS.heapMb,
    ),
    figure(
      'dashboard',
      `${n}: JS heap after GC, end`,
      m.heapAfterGcMb.end,
      'MB',
      TARGETS.heapMb,
      `after ${m.steadyS} s of polling`,
    ),
  ];
}
