import { describe, expect, it } from 'vitest';
import { BenchArgsError, parseBenchArgs } from './bench-options.ts';

describe('parseBenchArgs', () => {
  it('runs every section with the documented defaults', () => {
    expect(parseBenchArgs([], '/usr/sbin/nginx')).toEqual({
      only: ['bundle', 'proxy', 'coalescing', 'dashboard'],
      durationS: 10,
      warmupS: 2,
      rounds: 2,
      connections: 50,
      coalescingS: 30,
      steadyS: 60,
      fleetSizes: [1000, 5000],
      proxyLogLevel: 'info',
      nginx: '/usr/sbin/nginx',
      out: 'dist/bench/results.json',
      help: false,
    });
  });

  it('keeps the section order fixed whatever order --only lists them in', () => {
    expect(parseBenchArgs(['--only', 'dashboard, proxy'], null).only).toEqual([
      'proxy',
      'dashboard',
    ]);
  });

  it('shortens every run with --quick, and an explicit flag still wins', () => {
    expect(parseBenchArgs(['--quick', '--steady', '20'], null)).toMatchObject({
      durationS: 3,
      warmupS: 1,
      rounds: 1,
      coalescingS: 6,
      steadyS: 20,
    });
  });

  it('reads fleet sizes and drops repeats', () => {
    expect(parseBenchArgs(['--fleet-sizes', '5000,1000,5000'], null).fleetSizes).toEqual([
      5000, 1000,
    ]);
  });

  it('takes the proxy log level for the load runs', () => {
    expect(parseBenchArgs(['--proxy-log-level', 'warn'], null).proxyLogLevel).toBe('warn');
  });

  it('skips nginx when asked, or takes the given binary', () => {
    expect(parseBenchArgs(['--no-nginx'], '/usr/sbin/nginx').nginx).toBeNull();
    expect(parseBenchArgs(['--nginx', '/opt/nginx'], null).nginx).toBe('/opt/nginx');
  });

  it.each([
    [['--only', 'proxy,disk']],
    [['--only', ',']],
    [['--duration', '0']],
    [['--duration', '2.5']],
    [['--connections', 'many']],
    [['--rounds', '0']],
    [['--fleet-sizes', '1000,']],
    [['--nginx', 'x', '--no-nginx']],
    [['--proxy-log-level', 'loud']],
    [['--bogus']],
    [['positional']],
  ])('refuses %j', (argv) => {
    expect(() => parseBenchArgs(argv, null)).toThrow(BenchArgsError);
  });
});
