import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import {
  handleBatch,
  handleConfig,
  handleStatus,
  type ApiContext,
  type RequestNotes,
} from './api-handlers.ts';
import type { HostGuard } from './host-guard.ts';
import { logRequest } from './log-request.ts';
import { errorAnswer, ProxyError } from './proxy-error.ts';
import { ALLOWED_METHODS, routeRequest } from './route-request.ts';
import { applySecurityHeaders, sendJson } from './send.ts';

export interface HandlerContext extends ApiContext {
  logger: Logger;
  /** Null until the server listens: every request is refused before that. */
  guard: () => HostGuard | null;
  serveStatic: (req: IncomingMessage, res: ServerResponse) => void;
}

/** The server's request listener: Host guard, routing, method check, then the route's handler. */
export function createRequestHandler(ctx: HandlerContext) {
  const { config, logger, now } = ctx;

  /** Answers at once where it can; returns a promise only for routes that wait (upstream, body). */
  function dispatch(
    req: IncomingMessage,
    res: ServerResponse,
    notes: RequestNotes,
    startedAt: number,
  ): void | Promise<void> {
    if (!ctx.guard()?.allows(req.headers.host)) {
      const message = 'This proxy does not serve that host name.';
      return sendJson(res, errorAnswer(421, 'DCW.HOST_NOT_ALLOWED', message));
    }
    const route = routeRequest(req.url ?? '');
    if (route.kind === 'rejected') {
      const code = route.status === 404 ? 'DCW.NOT_FOUND' : 'DCW.BAD_REQUEST';
      return sendJson(res, errorAnswer(route.status, code, route.message));
    }
    const allowed = ALLOWED_METHODS[route.kind];
    if (!allowed.includes(req.method ?? '')) {
      const message = `Use ${allowed.join(' or ')} here.`;
      const answer = errorAnswer(405, 'DCW.METHOD_NOT_ALLOWED', message);
      return sendJson(res, answer, { Allow: allowed.join(', ') });
    }
    switch (route.kind) {
      case 'health':
        return sendJson(res, { status: 200, body: { ok: true } });
      case 'config':
        return handleConfig(res, config);
      case 'status':
        return handleStatus(req, res, ctx, route, notes, startedAt);
      case 'batch':
        return handleBatch(req, res, ctx, route.projectId, notes, startedAt);
      case 'static':
        applySecurityHeaders(res);
        return ctx.serveStatic(req, res);
    }
  }

  function fail(res: ServerResponse, error: unknown): void {
    if (error instanceof ProxyError) {
      // The rest of an over-long body is not worth reading: close the connection instead.
      sendJson(res, error.toAnswer(), error.status === 413 ? { Connection: 'close' } : {});
      return;
    }
    const { name, message } = error instanceof Error ? error : new Error(String(error));
    logger.error({ err: { name, message } }, 'request failed');
    if (res.headersSent) res.destroy();
    else sendJson(res, errorAnswer(500, 'DCW.INTERNAL', 'The proxy failed to answer.'));
  }

  return (req: IncomingMessage, res: ServerResponse): void => {
    const startedAt = now();
    const notes: RequestNotes = {};
    res.once('close', () =>
      logRequest(logger, req, res, notes, now() - startedAt, config.serverToken),
    );
    let pending: void | Promise<void>;
    try {
      pending = dispatch(req, res, notes, startedAt);
    } catch (error) {
      fail(res, error);
      return;
    }
    if (pending) pending.catch((error: unknown) => fail(res, error));
  };
}
