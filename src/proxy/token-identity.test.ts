import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isFreeOfToken, redactToken, tokenIdentity } from './token-identity.ts';

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

describe('tokenIdentity memo', () => {
  const sha256 = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

  it('never answers one token with the identity of another, however they interleave', () => {
    // Prefixes, case and whitespace variants, and more tokens than the memo holds.
    const tokens = ['a', 'ab', 'A', 'a ', ' a', ...Array.from({ length: 300 }, (_, i) => `t-${i}`)];
    for (let round = 0; round < 3; round += 1) {
      for (const token of round === 1 ? [...tokens].reverse() : tokens) {
        expect(tokenIdentity(token)).toBe(sha256(token));
      }
    }
  });

  it('keeps answering the server token right after other tokens were seen', () => {
    const server = 'srv-TOKEN-memo';
    expect(tokenIdentity(server)).toBe(sha256(server));
    for (let i = 0; i < 100; i += 1) tokenIdentity(`other-${i}`);
    expect(tokenIdentity(server)).toBe(sha256(server));
  });
});

describe('isFreeOfToken', () => {
  it('is true only for a text with neither the token nor an escape sequence', () => {
    expect(isFreeOfToken('{"state":"running"}', 'tok-1')).toBe(true);
    expect(isFreeOfToken('{"note":"bad tok-1"}', 'tok-1')).toBe(false);
    // An escaped token decodes to the token: never forwarded as is.
    expect(isFreeOfToken('{"note":"\\u0074ok-1"}', 'tok-1')).toBe(false);
    expect(isFreeOfToken('{"note":"a\\nb"}', 'tok-1')).toBe(false);
  });
});
