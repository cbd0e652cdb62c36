import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { DestinationStream } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createLogDestination,
  createLogger,
  flushLogger,
  LOG_BUFFER_BYTES,
} from './create-logger.ts';

const dirs: string[] = [];
const destinations: DestinationStream[] = [];
afterEach(() => {
  for (const dest of destinations.splice(0)) (dest as unknown as { destroy(): void }).destroy();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A buffered destination writing to a file of its own. */
function fileDestination(): { path: string; dest: DestinationStream } {
  const dir = mkdtempSync(join(tmpdir(), 'dcwatch-log-'));
  dirs.push(dir);
  const path = join(dir, 'proxy.log');
  const dest = createLogDestination(path);
  destinations.push(dest);
  return { path, dest };
}

const read = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};

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

  it('buffers lines to its destination and writes them all on flushLogger', async () => {
    const { path, dest } = fileDestination();
    const logger = createLogger('info', dest);
    for (let i = 0; i < 3; i += 1) logger.info({ i }, 'line');
    expect(read(path)).toBe('');
    await flushLogger(logger);
    const lines = read(path).trim().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as { i: number }).i)).toEqual([0, 1, 2]);
  });

  it('writes a full buffer without waiting for a flush', async () => {
    const { path, dest } = fileDestination();
    const logger = createLogger('info', dest);
    const pad = 'x'.repeat(200);
    const count = Math.ceil((LOG_BUFFER_BYTES * 2) / pad.length);
    for (let i = 0; i < count; i += 1) logger.info({ i, pad }, 'line');
    await expect.poll(() => read(path).length).toBeGreaterThan(LOG_BUFFER_BYTES);
    await flushLogger(logger);
    expect(read(path).trim().split('\n')).toHaveLength(count);
  });

  it('never writes a censored token through the buffered destination', async () => {
    const { path, dest } = fileDestination();
    const logger = createLogger('info', dest);
    logger.info({ token: 'SECRET-5', nested: { token: 'SECRET-6' } }, 'oops');
    await flushLogger(logger);
    expect(read(path)).toContain('[redacted]');
    expect(read(path)).not.toContain('SECRET');
  });
});
