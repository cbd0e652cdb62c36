import { describe, expect, it } from 'vitest';
import { CENSOR, censorSecrets } from './censor-secrets.ts';

describe('censorSecrets', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['token', { token: 's', a: 1 }, { token: CENSOR, a: 1 }],
    ['serverToken', { serverToken: 's' }, { serverToken: CENSOR }],
    ['*.token', { config: { token: 's', b: 2 } }, { config: { token: CENSOR, b: 2 } }],
    ['*.serverToken', { config: { serverToken: 's' } }, { config: { serverToken: CENSOR } }],
    [
      'headers["x-auth-token"]',
      { headers: { 'x-auth-token': 's', accept: 'a' } },
      { headers: { 'x-auth-token': CENSOR, accept: 'a' } },
    ],
    [
      '*.headers["x-auth-token"]',
      { req: { headers: { 'x-auth-token': 's' }, url: '/' } },
      { req: { headers: { 'x-auth-token': CENSOR }, url: '/' } },
    ],
  ])('censors %s', (_path, input, expected) => {
    expect(censorSecrets(input)).toEqual(expected);
  });

  it('never changes the object it was given', () => {
    const input = { token: 's', req: { headers: { 'x-auth-token': 's' } } };
    censorSecrets(input);
    expect(input).toEqual({ token: 's', req: { headers: { 'x-auth-token': 's' } } });
  });

  it('hands an object without secrets back as it is (a request line costs no copy)', () => {
    const line = { method: 'GET', path: '/api/config', status: 200, durationMs: 1, cache: 'miss' };
    expect(censorSecrets(line)).toBe(line);
  });

  it('leaves values deeper than the paths alone, like the redact paths did', () => {
    const input = { a: { b: { token: 'kept' } } };
    expect(censorSecrets(input)).toBe(input);
  });
});
