import { describe, expect, it } from 'vitest';
import { createHostGuard } from './host-guard.ts';

describe('createHostGuard', () => {
  const loopback = createHostGuard(['127.0.0.1'], 8080, []);

  it.each(['127.0.0.1:8080', 'localhost:8080', 'LOCALHOST:8080', '[::1]:8080'])(
    'lets a loopback-bound proxy answer %s',
    (host) => {
      expect(loopback.allows(host)).toBe(true);
    },
  );

  it.each([
    'evil.example:8080',
    'evil.example',
    'localhost:8081',
    'localhost',
    '127.0.0.1.evil.example:8080',
    '',
    undefined,
  ])('refuses %s', (host) => {
    expect(loopback.allows(host)).toBe(false);
  });

  it('adds ALLOWED_HOSTS: with a port exactly, without a port on any port', () => {
    const guard = createHostGuard(['10.0.0.5'], 8080, ['dcwatch.example', 'lb.example:443']);
    expect(guard.allows('dcwatch.example')).toBe(true);
    expect(guard.allows('dcwatch.example:9000')).toBe(true);
    expect(guard.allows('lb.example:443')).toBe(true);
    expect(guard.allows('lb.example')).toBe(false);
    expect(guard.allows('10.0.0.5:8080')).toBe(true);
    expect(guard.allows('localhost:8080')).toBe(false);
  });

  it('accepts loopback names when bound to every interface', () => {
    expect(createHostGuard(['0.0.0.0'], 9000, []).allows('localhost:9000')).toBe(true);
  });

  it('accepts a bare name when listening on port 80', () => {
    expect(createHostGuard(['127.0.0.1'], 80, []).allows('localhost')).toBe(true);
  });
});
