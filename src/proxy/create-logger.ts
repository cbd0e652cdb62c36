import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './proxy-config.ts';

/** Paths pino censors in case a header or token ever reaches a log object. */
export const REDACT_PATHS = [
  'token',
  '*.token',
  'serverToken',
  '*.serverToken',
  'headers["x-auth-token"]',
  '*.headers["x-auth-token"]',
  'req.headers["x-auth-token"]',
];

/** Bytes buffered before stdout is written: one write per ~20 request lines instead of one each. */
export const LOG_BUFFER_BYTES = 4096;
/** Longest a buffered line waits on a quiet proxy before it is written anyway. */
export const LOG_FLUSH_INTERVAL_MS = 1000;

/**
 * The proxy's pino logger; pass a stream to capture lines (tests) instead of stdout.
 * Without one, lines go to stdout through an asynchronous buffer (flushed every second, by
 * `flushLogger`, and synchronously when the process exits).
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { name: 'dcwatch-proxy' },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  };
  const stream =
    destination ??
    pino.destination({
      dest: 1,
      sync: false,
      minLength: LOG_BUFFER_BYTES,
      periodicFlush: LOG_FLUSH_INTERVAL_MS,
    });
  return pino(options, stream);
}

/** Writes out whatever the logger still buffers; resolves once written (never rejects). */
export function flushLogger(logger: Logger): Promise<void> {
  return new Promise((resolve) => {
    try {
      logger.flush(() => resolve());
    } catch {
      resolve();
    }
  });
}
