import { describe, expect, it } from 'vitest';
import { redactToken, tokenIdentity } from './token-identity.ts';

describe('tokenIdentity', () => {
  it('is a SHA-256 hex digest that does not contain the token', () => {
    const id = tokenIdentity('my-token');
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    expect(id).toBe(tokenIdentity('my-token'));
    expect(id).not.toBe(tokenIdentity('my-token2'));
  });
});

describe('redactToken', () => {
  it('replaces the token in every string of a JSON value', () => {
    expect(redactToken({ a: 'x tok y tok', b: ['tok'], c: { d: 1, e: null } }, 'tok')).toEqual({
      a: 'x [redacted] y [redacted]',
      b: ['[redacted]'],
      c: { d: 1, e: null },
    });
  });
});
