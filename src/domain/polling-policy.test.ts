import { describe, expect, it } from 'vitest';
import type { InstanceStatus } from './instance-status.ts';
import { DEFAULT_BASE_INTERVAL_MS, isStale, pollIntervalMs } from './polling-policy.ts';

describe('pollIntervalMs', () => {
  it.each<[string, InstanceStatus | undefined, number, number | false]>([
    ['not loaded yet', undefined, 9000, 9000],
    ['pending', { state: 'pending' }, 9000, 3000],
    ['shutting-down', { state: 'shutting-down' }, 9000, 3000],
    ['shutting_down synonym', { state: 'shutting_down' }, 9000, 3000],
    ['stopping', { state: 'stopping' }, 9000, 3000],
    ['reinstalling', { state: 'reinstalling' }, 9000, 3000],
    ['running', { state: 'running' }, 9000, 9000],
    ['stopped', { state: 'stopped' }, 9000, 9000],
    ['error', { state: 'error' }, 9000, 9000],
    ['failed', { state: 'failed' }, 9000, 9000],
    ['unknown state', { state: 'hibernating' }, 9000, 9000],
    ['no state', {}, 9000, 9000],
    ['terminated', { state: 'terminated' }, 9000, false],
    ['teminated synonym', { state: 'teminated' }, 9000, false],
    [
      'terminated while processing',
      { state: 'terminated', operation_state: 'uninstall-processing' },
      9000,
      false,
    ],
    [
      'running, installing',
      { state: 'running', operation_state: 'install-processing' },
      9000,
      3000,
    ],
    [
      'stopped, changing OS',
      { state: 'stopped', operation_state: 'switch-install-processing' },
      9000,
      3000,
    ],
    [
      'unknown op processing',
      { state: 'running', operation_state: 'backup-processing' },
      9000,
      3000,
    ],
    ['running, install done', { state: 'running', operation_state: 'install-succeed' }, 9000, 9000],
    ['never below 1 s', { state: 'pending' }, 2000, 1000],
    ['rounds a third', { state: 'pending' }, 10_000, 3333],
    ['bad base falls back', { state: 'running' }, Number.NaN, DEFAULT_BASE_INTERVAL_MS],
    ['zero base falls back', { state: 'running' }, 0, DEFAULT_BASE_INTERVAL_MS],
  ])('%s', (_name, status, base, expected) => {
    expect(pollIntervalMs(status, base)).toBe(expected);
  });

  it('defaults to 10 s', () => {
    expect(DEFAULT_BASE_INTERVAL_MS).toBe(10_000);
  });
});

describe('isStale', () => {
  it.each<[string, number | undefined, number, number | false, boolean]>([
    ['fresh', 100_000, 105_000, 10_000, false],
    ['exactly 3 intervals old', 0, 30_000, 10_000, false],
    ['just past 3 intervals', 0, 30_001, 10_000, true],
    ['30 s floor with a fast interval', 0, 25_000, 3000, false],
    ['past the 30 s floor', 0, 30_001, 3000, true],
    ['3 long intervals', 0, 150_000, 60_000, false],
    ['past 3 long intervals', 0, 180_001, 60_000, true],
    ['not polling', 0, 10_000_000, false, false],
    ['never loaded', undefined, 10_000_000, 10_000, false],
  ])('%s', (_name, updatedAt, now, interval, expected) => {
    expect(isStale(updatedAt, now, interval)).toBe(expected);
  });
});
