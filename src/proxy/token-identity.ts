import { createHash } from 'node:crypto';

/** A stable, non-reversible name for a token (SHA-256, hex): used in keys, never the token itself. */
export function tokenIdentity(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Replaces every occurrence of `token` in the strings of a JSON value with `[redacted]`. */
export function redactToken<T>(value: T, token: string): T {
  if (token === '') return value;
  if (typeof value === 'string') {
    return (value.includes(token) ? value.split(token).join('[redacted]') : value) as T;
  }
  if (Array.isArray(value)) return value.map((item: unknown) => redactToken(item, token)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, redactToken(item as unknown, token)]),
    ) as T;
  }
  return value;
}
