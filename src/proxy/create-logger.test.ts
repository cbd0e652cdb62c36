import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './create-logger.ts';

describe('createLogger', () => {
  it('censors tokens and X-Auth-Token headers even if they are ever logged', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    const logger = createLogger('info', sink);
    logger.info({ req: { headers: { 'x-auth-token': 'SECRET-1' } }, token: 'SECRET-2' }, 'oops');
    logger.info(
      { headers: { 'x-auth-token': 'SECRET-3' }, config: { serverToken: 'SECRET-4' } },
      'oops',
    );
    expect(lines).toHaveLength(2);
    expect(lines.join('')).not.toMatch(/SECRET/);
    expect(lines.join('')).toContain('[redacted]');
  });
});
