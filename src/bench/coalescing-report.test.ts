import { describe, expect, it } from 'vitest';
import {
  coalescingFigures,
  mergeClientReports,
  perWindowOf,
  type CoalescingRun,
} from './coalescing-report.ts';
import type { ClientReport } from './polling-client.ts';

const client = (patch: Partial<ClientReport> = {}): ClientReport => ({
  ticks: 15,
  lateTicks: 0,
  skippedTicks: 0,
  httpRequests: 150,
  lookups: 15_000,
  statuses: { '200': 15_000 },
  failures: 0,
  tickMs: [150, 160, 170],
  ...patch,
});

const run = (clients: ClientReport[], upstreamRequests: number): CoalescingRun => ({
  route: 'batch',
  instances: 1000,
  freshnessMs: 1000,
  intervalMs: 2000,
  durationMs: 30_000,
  elapsedMs: 30_200,
  upstream: { requests: upstreamRequests, byInstance: { a: 26, b: 25 }, byStatus: {} },
  clients: mergeClientReports(clients),
});

describe('mergeClientReports', () => {
  it('adds up the clients', () => {
    const merged = mergeClientReports([client(), client({ lateTicks: 1, statuses: { '429': 2 } })]);
    expect(merged).toMatchObject({
      ticks: 30,
      lateTicks: 1,
      httpRequests: 300,
      lookups: 30_000,
      statuses: { '200': 15_000, '429': 2 },
      tickP50Ms: 160,
      tickMaxMs: 170,
    });
  });
});

describe('coalescingFigures', () => {
  it('judges upstream per instance per window over the time the run really took', () => {
    const r = run([client()], 25_670);
    expect(perWindowOf(r)).toBeCloseTo(0.85);
    expect(coalescingFigures(r)[0]).toMatchObject({ value: 0.85, pass: true });
  });

  it('fails a run that reached upstream more than once per window and a bit', () => {
    expect(coalescingFigures(run([client()], 33_000))[0]).toMatchObject({ pass: false });
  });

  it('does not judge a run whose clients fell behind, and says why', () => {
    const [first] = coalescingFigures(run([client({ skippedTicks: 3, lateTicks: 2 })], 20_000));
    expect(first).toMatchObject({ target: null, pass: null });
    expect(first?.note).toMatch(/not judged.*2 of 15 ticks late; 3 ticks skipped/);
  });

  it('reports total upstream against client requests', () => {
    const rows = coalescingFigures(run([client(), client()], 25_000));
    expect(rows.map((r) => [r.name, r.value])).toEqual([
      ['upstream per instance per 1000 ms (batch)', 0.828],
      ['upstream requests (batch)', 25_000],
      ['client HTTP requests (batch)', 300],
      ['max upstream for one instance (batch)', 26],
      ['client tick p50 (batch)', 160],
    ]);
  });
});
