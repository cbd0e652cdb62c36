import { describe, expect, it } from 'vitest';
import { figure, judge, tally } from './figures.ts';

describe('judge', () => {
  it.each([
    [1, '<', 2, true],
    [2, '<', 2, false],
    [2, '<=', 2, true],
    [2.1, '<=', 2, false],
    [2, '>=', 2, true],
    [1.9, '>=', 2, false],
    [2, '>', 2, false],
  ] as const)('%d %s %d → %s', (value, op, target, expected) => {
    expect(judge(value, { op, value: target })).toBe(expected);
  });

  it('has no verdict without a value or a target', () => {
    expect(judge(null, { op: '<', value: 1 })).toBeNull();
    expect(judge(Number.NaN, { op: '<', value: 1 })).toBeNull();
    expect(judge(1, null)).toBeNull();
  });
});

describe('figure', () => {
  it('judges the value against its target', () => {
    expect(figure('coalescing', 'upstream per window', 1.2, '', { op: '<=', value: 1.05 })).toEqual(
      {
        section: 'coalescing',
        name: 'upstream per window',
        value: 1.2,
        unit: '',
        target: { op: '<=', value: 1.05 },
        pass: false,
      },
    );
  });

  it('records a missing value with the reason', () => {
    const f = figure('proxy', 'nginx req/s', undefined, 'req/s', null, 'nginx not installed');
    expect(f).toMatchObject({ value: null, pass: null, note: 'nginx not installed' });
  });
});

describe('tally', () => {
  it('counts passed, failed and unjudged figures', () => {
    const t = { op: '<' as const, value: 10 };
    expect(
      tally([
        figure('bundle', 'a', 1, 'KB', t),
        figure('bundle', 'b', 11, 'KB', t),
        figure('bundle', 'c', 1, 'KB'),
      ]),
    ).toEqual({ passed: 1, failed: 1, unjudged: 1 });
  });
});
