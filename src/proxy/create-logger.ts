import { pino, type DestinationStream, type Logger } from 'pino';
import { censorSecrets } from './censor-secrets.ts';
import type { LogLevel } from './proxy-config.ts';

/** Bytes buffered before stdout is written: one write per ~20 request lines instead of one each. */
export const LOG_BUFFER_BYTES = 4096;
/** Longest a buffered line waits on a quiet proxy before it is written anyway. */
export const LOG_FLUSH_INTERVAL_MS = 1000;

/**
 * Where log lines go by default: file descriptor 1 (stdout) or a file path, through an
 * asynchronous buffer written once it holds LOG_BUFFER_BYTES, at least every
 * LOG_FLUSH_INTERVAL_MS, on `flushLogger`, and synchronously when the process exits.
 */
export function createLogDestination(dest: number | string = 1): DestinationStream {
  return pino.destination({
    dest,
    sync: false,
    minLength: LOG_BUFFER_BYTES,
    periodicFlush: LOG_FLUSH_INTERVAL_MS,
  });
}

/** The proxy's pino logger; pass a stream to capture lines (tests) instead of buffered stdout. */
export function createLogger(
  level: LogLevel,
  destination: DestinationStream = createLogDestination(),
): Logger {
  const options = {
    level,
    base: { name: 'dcwatch-proxy' },
    // Tokens and X-Auth-Token headers are censored should one ever reach a log object.
    formatters: { log: censorSecrets },
  };
  return pino(options, destination);
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
