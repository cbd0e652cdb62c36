import { describe, expect, it } from 'vitest';
import { dashboardFigures } from './dashboard-figures.ts';
import type { FleetPageMeasurement } from './measure-fleet-page.ts';

const breakdown = {
  batches: 50,
  lastBatchAnswerMs: 1100,
  longTasks: 2,
  longTaskTotalMs: 180,
  longestTaskMs: 120,
};

const measurement = (instances: number): FleetPageMeasurement => ({
  instances,
  afterClick: { ms: 1300, breakdown },
  afterReload: { ms: 1700, breakdown, domContentLoadedMs: 250 },
  steadyS: 60,
  requests: {
    requests: 320,
    per10s: [50, 55, 52, 55, 58, 50],
    maxPer10s: 61,
    waitP95Ms: 12.34,
    waitMaxMs: 40,
    byPath: {},
  },
  mainThreadBusyPct: 4.567,
  longTasks: { count: 1, longestMs: 73 },
  heapAfterGcMb: { start: 18.2, end: 19.9 },
});

const byName = (n: number) =>
  Object.fromEntries(dashboardFigures(measurement(n)).map((f) => [f.name, f]));

describe('dashboardFigures', () => {
  it('judges first state at 5,000 instances: click passes, reload fails', () => {
    const rows = byName(5000);
    expect(rows["5000: every row's first state, after click"]).toMatchObject({
      value: 1300,
      pass: true,
    });
    expect(rows["5000: every row's first state, after reload"]).toMatchObject({
      value: 1700,
      pass: false,
    });
    expect(rows["5000: every row's first state, after click"]?.note).toContain(
      'last batch answer at 1100 ms, 50 batches, 2 long tasks (180 ms)',
    );
  });

  it('reports first state at other fleet sizes without a target', () => {
    expect(byName(1000)["1000: every row's first state, after click"]).toMatchObject({
      target: null,
      pass: null,
    });
  });

  it('judges steady polling against the issue’s targets', () => {
    const rows = byName(5000);
    expect(rows['5000: browser requests in any 10 s']).toMatchObject({ value: 61, pass: true });
    expect(rows['5000: request wait p95']).toMatchObject({ value: 12.3, pass: true });
    expect(rows['5000: main thread busy']).toMatchObject({ value: 4.57, pass: true });
    expect(rows['5000: long tasks (> 50 ms)']).toMatchObject({
      value: 1,
      pass: false,
      note: 'longest 73 ms',
    });
    expect(rows['5000: JS heap after GC, end']).toMatchObject({ value: 19.9, pass: true });
  });

  it('shows a first load that never completed as unmeasured', () => {
    const m = { ...measurement(5000), afterClick: { ms: null, breakdown: null } };
    const row = dashboardFigures(m)[0];
    expect(row).toMatchObject({ value: null, pass: null, note: 'not reached in 60 s' });
  });
});
