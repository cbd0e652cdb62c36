import { describe, expect, it } from 'vitest';
import { cleanEnv } from './clean-env.ts';

describe('cleanEnv', () => {
  it('drops every setting of the proxy, launcher and simulator, then adds the given ones', () => {
    const env = {
      PATH: '/bin',
      HOME: '/root',
      CLOUDDC_ENDPOINT: 'https://x',
      CLOUDDC_AUTH_TOKEN_FILE: '/t',
      UPSTREAM_BUDGET_PER_SEC: '5',
      PROXY_FRESHNESS_MS: '0',
      SIM_INSTANCES: '9',
      PORT: '80',
      HOST: '0.0.0.0',
      LOG_LEVEL: 'debug',
      HOSTNAME: 'box',
    };
    expect(cleanEnv(env, { PORT: '0', SIM_LATENCY_MS: '100' })).toEqual({
      PATH: '/bin',
      HOME: '/root',
      HOSTNAME: 'box',
      PORT: '0',
      SIM_LATENCY_MS: '100',
    });
  });
});
