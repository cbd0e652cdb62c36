import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { RequestNotes } from './api-handlers.ts';
import { pathOf } from './route-request.ts';

const REDACTED = '[redacted]';

/** `path` with every occurrence of a non-blank `secret` (trimmed) replaced; as is when none. */
function scrub(path: string, secret: string | null | undefined): string {
  if (typeof secret !== 'string') return path;
  const trimmed = secret.trim();
  if (trimmed === '' || !path.includes(trimmed)) return path;
  return path.split(trimmed).join(REDACTED);
}

/** One line per request: method, path (ids kept, query and tokens dropped), status, duration, notes. */
export function logRequest(
  logger: Logger,
  req: IncomingMessage,
  res: ServerResponse,
  notes: RequestNotes,
  durationMs: number,
  serverToken: string | null,
): void {
  if (!logger.isLevelEnabled('info')) return;
  let path = scrub(pathOf(req.url ?? '').slice(0, 300), serverToken);
  const header = req.headers['x-auth-token'];
  if (Array.isArray(header)) for (const value of header) path = scrub(path, value);
  else path = scrub(path, header);
  const status = res.writableFinished ? res.statusCode : 'aborted';
  logger.info({ method: req.method, path, status, durationMs, ...notes }, 'request');
}
