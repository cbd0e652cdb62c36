import { describe, expect, it } from 'vitest';
import { loadSimulatorSettings, SimulatorSettingsError } from './simulator-settings.ts';

describe('loadSimulatorSettings', () => {
  it('gives a small, realistic demo fleet by default', () => {
    expect(loadSimulatorSettings({})).toEqual({
      instances: 50,
      seed: 1,
      speed: 1,
      latencyMs: { min: 50, max: 150 },
      errorRate: 0.01,
      rateLimit: { perSecond: 2000, burst: 4000 },
      admin: false,
    });
  });

  it.each([
    [{ SIM_INSTANCES: '5000' }, { instances: 5000 }],
    [{ SIM_LATENCY_MS: '100' }, { latencyMs: { min: 100, max: 100 } }],
    [{ SIM_LATENCY_MS: '0-20' }, { latencyMs: { min: 0, max: 20 } }],
    [
      { SIM_SPEED: '20', SIM_ADMIN: '1' },
      { speed: 20, admin: true },
    ],
    [{ SIM_ERROR_RATE: '0' }, { errorRate: 0 }],
    [{ SIM_RATE_LIMIT: 'off' }, { rateLimit: null }],
    [{ SIM_RATE_LIMIT: '500' }, { rateLimit: { perSecond: 500, burst: 1000 } }],
  ])('reads %j', (env, expected) => {
    expect(loadSimulatorSettings(env)).toMatchObject(expected);
  });

  it.each([
    [{ SIM_INSTANCES: 'many' }, /SIM_INSTANCES must be a number/],
    [{ SIM_INSTANCES: '0' }, /SIM_INSTANCES/],
    [{ SIM_LATENCY_MS: '150-50' }, /SIM_LATENCY_MS/],
    [{ SIM_LATENCY_MS: 'fast' }, /SIM_LATENCY_MS/],
    [{ SIM_ERROR_RATE: '2' }, /SIM_ERROR_RATE must be a number from 0 to 1/],
    [{ SIM_RATE_LIMIT: 'lots' }, /SIM_RATE_LIMIT must be a number/],
  ])('refuses %j with one clear line', (env, message) => {
    expect(() => loadSimulatorSettings(env)).toThrow(SimulatorSettingsError);
    expect(() => loadSimulatorSettings(env)).toThrow(message);
  });
});
