import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { RequestNotes } from './api-handlers.ts';
import { pathOf } from './route-request.ts';

/** One line per request: method, path (ids kept, query and tokens dropped), status, duration, notes. */
export function logRequest(
  logger: Logger,
  req: IncomingMessage,
  res: ServerResponse,
  notes: RequestNotes,
  durationMs: number,
  serverToken: string | null,
): void {
  const header = req.headers['x-auth-token'];
  const secrets = [serverToken, ...(Array.isArray(header) ? header : [header])].filter(
    (s): s is string => typeof s === 'string' && s.trim().length > 0,
  );
  let path = pathOf(req.url ?? '').slice(0, 300);
  for (const secret of secrets) path = path.split(secret.trim()).join('[redacted]');
  const status = res.writableFinished ? res.statusCode : 'aborted';
  logger.info({ method: req.method, path, status, durationMs, ...notes }, 'request');
}
