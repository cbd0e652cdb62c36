import { describe, expect, it } from 'vitest';
import type { LoadRun } from './load-test.ts';
import { bestRun, proxyFigures } from './proxy-figures.ts';

const run = (target: string, rps: number, patch: Partial<LoadRun> = {}): LoadRun => ({
  target,
  requests: rps * 10,
  rps,
  latencyP50Ms: 2,
  latencyP99Ms: 9,
  latencyMaxMs: 30,
  non2xx: 0,
  errors: 0,
  timeouts: 0,
  statusCodes: { '200': rps * 10 },
  ...patch,
});

describe('proxyFigures', () => {
  it('compares the proxy with nginx (judged) and with the simulator alone', () => {
    const rows = proxyFigures(
      'forwarding',
      {
        simulator: run('simulator', 20_000),
        nginx: run('nginx', 10_000),
        proxy: run('proxy', 5000),
      },
      { op: '>=', value: 0.4 },
    );
    expect(rows.find((r) => r.name === 'proxy / nginx req/s (forwarding)')).toMatchObject({
      value: 0.5,
      pass: true,
    });
    expect(rows.find((r) => r.name === 'proxy / simulator req/s (forwarding)')).toMatchObject({
      value: 0.25,
      pass: null,
    });
    expect(rows.filter((r) => r.name.endsWith('req/s (forwarding)')).map((r) => r.value)).toEqual([
      20_000, 10_000, 5000, 0.5, 0.25,
    ]);
  });

  it('leaves the nginx ratio unmeasured, with the reason, when nginx did not run', () => {
    const rows = proxyFigures(
      'coalesced',
      { simulator: run('simulator', 20_000), proxy: run('proxy', 12_000) },
      { op: '>=', value: 1.2 },
      'nginx not found',
    );
    expect(rows.find((r) => r.name === 'proxy / nginx req/s (coalesced)')).toMatchObject({
      value: null,
      pass: null,
      note: 'nginx not found',
    });
  });

  it('flags a run that got errors or non-2xx answers', () => {
    const rows = proxyFigures(
      'forwarding',
      { proxy: run('proxy', 100, { non2xx: 5, statusCodes: { '200': 995, '429': 5 } }) },
      { op: '>=', value: 0.4 },
    );
    expect(rows[0]?.note).toBe('5 non-2xx {"200":995,"429":5}, 0 errors');
  });

  it('lists every round when there were several', () => {
    const rows = proxyFigures(
      'forwarding',
      { proxy: run('proxy', 7000) },
      { op: '>=', value: 0.4 },
      undefined,
      { proxy: [6000, 7000] },
    );
    expect(rows[0]?.note).toBe('best of 6000, 7000');
  });
});

describe('bestRun', () => {
  it('keeps the fastest run', () => {
    expect(bestRun([run('a', 900), run('b', 1000), run('c', 950)])?.target).toBe('b');
  });

  it('has nothing to pick from no runs', () => {
    expect(bestRun([])).toBeUndefined();
  });
});
