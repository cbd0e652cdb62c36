import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CacheOutcome } from './coalescer.ts';
import { parseBatchIds } from './parse-batch-ids.ts';
import { BATCH_BODY_LIMIT_BYTES, BATCH_MAX_IDS, type ProxyConfig } from './proxy-config.ts';
import { readJsonBody } from './read-json-body.ts';
import { requestToken } from './request-token.ts';
import { BATCH_SEGMENT } from './route-request.ts';
import { sendJson } from './send.ts';
import type { StatusLookup, StatusResult } from './status-service.ts';

/** What one request adds to its log line. */
export interface RequestNotes {
  upstreamStatus?: number;
  upstreamError?: string;
  cache?: CacheOutcome;
  batch?: { items: number; upstreamCalls: number };
}

export interface ApiContext {
  config: ProxyConfig;
  lookup: StatusLookup;
  now: () => number;
}

export function handleConfig(res: ServerResponse, config: ProxyConfig): void {
  sendJson(res, {
    status: 200,
    body: {
      mode: config.mode,
      tokenMode: config.serverToken === null ? 'pass-through' : 'server',
      demo: config.demo,
      batch: { path: `/api/v1/{project_id}/instances/${BATCH_SEGMENT}`, maxIds: BATCH_MAX_IDS },
      freshnessMs: config.freshnessMs,
    },
  });
}

/** Answers from the freshness cache without waiting when it can; otherwise returns the wait. */
export function handleStatus(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: ApiContext,
  target: { projectId: string; instanceId: string },
  notes: RequestNotes,
  startedAt: number,
): void | Promise<void> {
  const token = requestToken(req, ctx.config.serverToken);
  const deadlineAt = startedAt + ctx.config.upstreamTimeoutMs;
  const result = ctx.lookup(token, target.projectId, target.instanceId, deadlineAt);
  if (result instanceof Promise) return result.then((r) => answerStatus(res, notes, r));
  answerStatus(res, notes, result);
}

function answerStatus(res: ServerResponse, notes: RequestNotes, result: StatusResult): void {
  notes.cache = result.cache;
  if (result.upstreamStatus !== undefined) notes.upstreamStatus = result.upstreamStatus;
  if (result.upstreamError !== undefined) notes.upstreamError = result.upstreamError;
  sendJson(res, result.answer);
}

export async function handleBatch(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: ApiContext,
  projectId: string,
  notes: RequestNotes,
  startedAt: number,
): Promise<void> {
  const token = requestToken(req, ctx.config.serverToken);
  const ids = parseBatchIds(await readJsonBody(req, BATCH_BODY_LIMIT_BYTES));
  const deadlineAt = startedAt + ctx.config.upstreamTimeoutMs;
  const results = await Promise.all(ids.map((id) => ctx.lookup(token, projectId, id, deadlineAt)));
  notes.batch = {
    items: ids.length,
    upstreamCalls: results.filter((r) => r.cache === 'miss' && r.upstreamStatus !== undefined)
      .length,
  };
  const items = results.map(({ answer }, index) => ({
    id: ids[index],
    status: answer.status,
    body: answer.body,
    ...(answer.retryAfter === undefined ? {} : { retryAfter: answer.retryAfter }),
  }));
  sendJson(res, { status: 200, body: { items } });
}
