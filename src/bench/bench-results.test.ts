import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from './bench-options.ts';
import { buildResults } from './bench-results.ts';
import { TARGETS } from './bench-targets.ts';
import { figure } from './figures.ts';

describe('buildResults', () => {
  const results = buildResults({
    startedAt: new Date('2025-01-01T00:00:00Z'),
    finishedAt: new Date('2025-01-01T00:05:00Z'),
    machine: {
      cpus: 2,
      cpuModel: 'x',
      loadAverageAtStart: [1, 1, 1],
      node: 'v20',
      platform: 'linux',
    },
    options: parseBenchArgs([], null),
    notes: ['nginx not installed: proxy / nginx not measured'],
    figures: [
      figure('bundle', 'first-load JS (gzip)', 120, 'KB', TARGETS.firstLoadJsKb),
      figure('coalescing', 'upstream per window', 1.2, '', TARGETS.upstreamPerWindow),
      figure('proxy', 'nginx req/s', null, 'req/s'),
    ],
    details: { bundle: { chunks: [] } },
  });

  it('sums up the verdicts', () => {
    expect(results.summary).toEqual({ passed: 1, failed: 1, unjudged: 1 });
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(results))).toEqual(results);
  });

  it('carries its schema name and times as ISO strings', () => {
    expect(results).toMatchObject({
      schema: 'dcwatch-bench/1',
      startedAt: '2025-01-01T00:00:00.000Z',
      finishedAt: '2025-01-01T00:05:00.000Z',
    });
  });
});
