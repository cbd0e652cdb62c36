import { describe, expect, it } from 'vitest';
import { CliArgsError, parseCliArgs } from './parse-cli-args.ts';

describe('parseCliArgs', () => {
  it('has defaults for everything', () => {
    expect(parseCliArgs([])).toEqual({
      port: 9090,
      host: '127.0.0.1',
      instances: 50,
      seed: 1,
      latencyMs: { min: 50, max: 150 },
      speed: 1,
      errorRate: 0,
      rateLimit: undefined,
      admin: false,
    });
  });

  it('reads every option', () => {
    const args = parseCliArgs([
      '--port=0',
      '--host',
      '::1',
      '--instances',
      '5000',
      '--seed',
      '42',
      '--latency',
      '0-0',
      '--speed',
      '2.5',
      '--error-rate',
      '0.1',
      '--rate-limit',
      '100/150',
      '--admin',
    ]);
    expect(args).toEqual({
      port: 0,
      host: '::1',
      instances: 5000,
      seed: 42,
      latencyMs: { min: 0, max: 0 },
      speed: 2.5,
      errorRate: 0.1,
      rateLimit: { perSecond: 100, burst: 150 },
      admin: true,
    });
    expect(parseCliArgs(['--latency', '20']).latencyMs).toEqual({ min: 20, max: 20 });
    expect(parseCliArgs(['--rate-limit', 'off']).rateLimit).toBeNull();
  });

  it.each([
    [['--port', '70000'], /--port/],
    [['--port', 'abc'], /--port/],
    [['--instances', '0'], /--instances/],
    [['--latency', '150-50'], /--latency/],
    [['--latency', 'fast'], /--latency/],
    [['--speed', '0'], /--speed/],
    [['--error-rate', '1.5'], /--error-rate/],
    [['--rate-limit', 'lots'], /--rate-limit/],
    [['--bogus'], /bogus/],
    [['stray'], /stray/],
  ])('rejects %j with a clear message', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(CliArgsError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});
