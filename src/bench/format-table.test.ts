import { describe, expect, it } from 'vitest';
import { figure } from './figures.ts';
import { formatTable, formatTarget, formatValue, renderColumns } from './format-table.ts';

describe('formatValue', () => {
  it.each([
    [12345.678, 'req/s', '12,346 req/s'],
    [42, 'ms', '42 ms'],
    [12.345, 'ms', '12.3 ms'],
    [1.0349, '', '1.03'],
    [0.4567, '×', '0.46×'],
    [7.25, '%', '7.25%'],
    [0, 'long tasks', '0 long tasks'],
  ])('%d %s → %s', (value, unit, expected) => {
    expect(formatValue(value, unit)).toBe(expected);
  });
});

describe('formatTarget', () => {
  it('shows the comparison with the unit', () => {
    expect(formatTarget({ op: '<=', value: 1500 }, 'ms')).toBe('≤ 1,500 ms');
    expect(formatTarget({ op: '>=', value: 0.4 }, '×')).toBe('≥ 0.40×');
    expect(formatTarget(null, 'ms')).toBe('');
  });
});

describe('renderColumns', () => {
  it('pads every column to its widest cell and underlines the header', () => {
    expect(
      renderColumns([
        ['a', 'bb'],
        ['ccc', 'd'],
      ]),
    ).toBe(['a    bb', '---  --', 'ccc  d'].join('\n'));
  });
});

describe('formatTable', () => {
  it('prints one row per figure with its verdict', () => {
    const table = formatTable([
      figure('bundle', 'first-load JS (gzip)', 250.4, 'KB', { op: '<', value: 300 }),
      figure('proxy', 'proxy / nginx', 0.3, '×', { op: '>=', value: 0.4 }),
      figure('proxy', 'nginx req/s', null, 'req/s', null, 'nginx not installed'),
    ]);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^section\s+figure\s+value\s+target\s+result\s+note$/);
    expect(lines[2]).toMatch(/^bundle\s+first-load JS \(gzip\)\s+250 KB\s+< 300 KB\s+pass$/);
    expect(lines[3]).toMatch(/0\.30×\s+≥ 0\.40×\s+FAIL$/);
    expect(lines[4]).toMatch(/—\s+n\/a\s+nginx not installed$/);
  });
});
