import { createHash } from 'node:crypto';

/** Tokens whose identity is remembered: server-token mode uses one, pass-through a few per user. */
const IDENTITY_MEMO_SIZE = 64;
const memo = new Map<string, string>();

/**
 * A stable, non-reversible name for a token (SHA-256, hex): used in keys, never the token itself.
 * The last few results are remembered (a small LRU keyed by the exact token) so the hot path
 * does not hash the same token on every request.
 */
export function tokenIdentity(token: string): string {
  const known = memo.get(token);
  if (known !== undefined) {
    if (memo.size > 1) {
      memo.delete(token);
      memo.set(token, known);
    }
    return known;
  }
  const identity = createHash('sha256').update(token, 'utf8').digest('hex');
  if (memo.size >= IDENTITY_MEMO_SIZE) memo.delete(memo.keys().next().value as string);
  memo.set(token, identity);
  return identity;
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

/**
 * True when `jsonText` can be forwarded byte for byte instead of being parsed, redacted and
 * serialised again: it holds no escape sequence (so every decoded string is a plain substring
 * of the text) and the token appears nowhere in it.
 */
export function isFreeOfToken(jsonText: string, token: string): boolean {
  return !jsonText.includes('\\') && (token === '' || !jsonText.includes(token));
}
