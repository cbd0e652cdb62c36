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

/** The proxy's pino logger; pass a stream to capture lines (tests) instead of stdout. */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { name: 'dcwatch-proxy' },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}
