/** How the embedded simulator is set up from the environment (`SIM_*`), for `npm start`. */
export interface SimulatorSettings {
  instances: number;
  seed: number;
  speed: number;
  latencyMs: { min: number; max: number };
  errorRate: number;
  /** Requests per second per token before the simulator answers 429; null = never. */
  rateLimit: { perSecond: number; burst: number } | null;
  admin: boolean;
}

export class SimulatorSettingsError extends Error {
  override name = 'SimulatorSettingsError';
}

type Env = Record<string, string | undefined>;

function number(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new SimulatorSettingsError(
      `${name} must be a number from ${min} to ${max}, got "${raw}"`,
    );
  }
  return value;
}

function latency(env: Env): { min: number; max: number } {
  const raw = env.SIM_LATENCY_MS?.trim();
  if (raw === undefined || raw === '') return { min: 50, max: 150 };
  const match = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(raw);
  const min = Number(match?.[1]);
  const max = Number(match?.[2] ?? match?.[1]);
  if (!match || max < min) {
    throw new SimulatorSettingsError(
      `SIM_LATENCY_MS must be "MIN-MAX" or "MS" in ms, got "${raw}"`,
    );
  }
  return { min, max };
}

function rateLimit(env: Env): SimulatorSettings['rateLimit'] {
  const raw = env.SIM_RATE_LIMIT?.trim();
  if (raw === 'off') return null;
  const perSecond = number(env, 'SIM_RATE_LIMIT', 2000, 1, 1_000_000);
  return { perSecond, burst: perSecond * 2 };
}

/** `loadSimulatorSettings({ SIM_INSTANCES: '5000' })` → a 5,000-instance fleet with the other defaults. */
export function loadSimulatorSettings(env: Env): SimulatorSettings {
  return {
    instances: Math.floor(number(env, 'SIM_INSTANCES', 50, 1, 100_000)),
    seed: Math.floor(number(env, 'SIM_SEED', 1, 0, 2 ** 31)),
    speed: number(env, 'SIM_SPEED', 1, 0.01, 1000),
    latencyMs: latency(env),
    errorRate: number(env, 'SIM_ERROR_RATE', 0.01, 0, 1),
    rateLimit: rateLimit(env),
    admin: env.SIM_ADMIN === '1' || env.SIM_ADMIN === 'true',
  };
}
