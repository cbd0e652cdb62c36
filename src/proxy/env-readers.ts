import { ConfigError } from './proxy-config.ts';

export type Env = Record<string, string | undefined>;

/** A value quoted for an error message: control characters dropped, length capped. */
export function show(raw: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = raw.replace(/[\u0000-\u001f\u007f]/g, '');
  return JSON.stringify(clean.length > 60 ? `${clean.slice(0, 57)}...` : clean);
}

/** The variable's value, trimmed; empty counts as unset. */
export function readString(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/** An integer variable within [min, max], or its default when unset. */
export function readInt(
  env: Env,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = readString(env, name);
  if (raw === undefined) return fallback;
  const value = /^-?\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max} (got ${show(raw)}).`);
  }
  return value;
}

/** One of `choices`, case-insensitive. */
export function readChoice<T extends string>(
  env: Env,
  name: string,
  fallback: T,
  choices: readonly T[],
): T {
  const raw = readString(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  const match = choices.find((choice) => choice === raw);
  if (match === undefined) {
    throw new ConfigError(`${name} must be one of ${choices.join(', ')} (got ${show(raw)}).`);
  }
  return match;
}
