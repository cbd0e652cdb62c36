import DataLoader from 'dataloader';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client.ts';
import type { ApiError } from '../../../lib/api-error.ts';
import { statusFromAnswer, type StatusData } from './status-answer.ts';

/** Batch size until /api/config tells the proxy's own. */
export const MAX_BATCH_IDS = 100;
/** The most ids a batch request may carry whatever a config says. */
export const BATCH_IDS_CEILING = 1000;
export const BATCH_WINDOW_MS = 10;

const batchAnswerSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      status: z.number().int(),
      body: z.unknown(),
      retryAfter: z.string().optional(),
    }),
  ),
});

export type BatchResults = Map<string, StatusData | ApiError>;

const batchPath = (projectId: string) =>
  `/api/v1/${encodeURIComponent(projectId)}/instances/status:batch`;

function parseBatch(body: unknown) {
  const parsed = batchAnswerSchema.safeParse(body);
  return parsed.success
    ? { ok: true as const, value: parsed.data }
    : { ok: false as const, reason: 'not a batch answer' };
}

/**
 * POSTs ids to the batch route in chunks of at most `maxIds` and merges the answers into one map
 * of per-instance results; an id the proxy left out becomes an invalid-response error.
 */
export async function fetchStatusBatch(
  projectId: string,
  ids: readonly string[],
  signal?: AbortSignal,
  maxIds: number = MAX_BATCH_IDS,
): Promise<BatchResults> {
  const unique = [...new Set(ids)];
  const size = Math.max(1, Math.min(maxIds, BATCH_IDS_CEILING));
  const chunks: string[][] = [];
  for (let i = 0; i < unique.length; i += size) chunks.push(unique.slice(i, i + size));
  const answers = await Promise.all(
    chunks.map((chunk) =>
      apiRequest(batchPath(projectId), {
        method: 'POST',
        body: { ids: chunk },
        signal,
        parse: parseBatch,
      }),
    ),
  );
  const now = Date.now();
  const wanted = new Set(unique);
  const results: BatchResults = new Map();
  for (const answer of answers) {
    for (const item of answer.items) {
      if (wanted.has(item.id) && !results.has(item.id)) {
        results.set(item.id, statusFromAnswer(item.status, item.body, item.retryAfter, now));
      }
    }
  }
  for (const id of unique) {
    if (!results.has(id)) {
      results.set(id, statusFromAnswer(200, 'missing from the batch answer', undefined, now));
    }
  }
  return results;
}

/** One instance's place in a batch; its signal is the query's, so cancelled queries drop out. */
export interface StatusRequest {
  id: string;
  signal?: AbortSignal;
}

/** Aborts once every query in the batch has been cancelled (or when `outer` aborts). */
export function signalForBatch(requests: StatusRequest[], outer?: AbortSignal): AbortSignal {
  const controller = new AbortController();
  const abort = () => controller.abort(new DOMException('Aborted', 'AbortError'));
  outer?.addEventListener('abort', abort, { once: true });
  const signals = requests.map((r) => r.signal);
  if (signals.every((s) => s !== undefined)) {
    const check = () => {
      if (signals.every((s) => s.aborted)) abort();
    };
    for (const s of signals) s.addEventListener('abort', check, { once: true });
    check();
  }
  return controller.signal;
}

export interface StatusBatcher {
  /** Resolves with the instance's status, or rejects with its own ApiError. */
  fetch(request: StatusRequest): Promise<StatusData>;
}

/**
 * One batcher per project: every status query of a polling tick shares a request. DataLoader
 * (without its cache: React Query is the cache) collects the loads of a 10 ms window.
 */
export function createStatusBatcher(
  projectId: string,
  maxIds: number = MAX_BATCH_IDS,
): StatusBatcher {
  const loader = new DataLoader<StatusRequest, StatusData>(
    async (requests) => {
      const results = await fetchStatusBatch(
        projectId,
        requests.map((r) => r.id),
        signalForBatch([...requests]),
        maxIds,
      );
      return requests.map((r) => results.get(r.id) ?? statusFromAnswer(200, null));
    },
    {
      cache: false,
      maxBatchSize: Math.max(1, Math.min(maxIds, BATCH_IDS_CEILING)),
      batchScheduleFn: (callback) => setTimeout(callback, BATCH_WINDOW_MS),
    },
  );
  return { fetch: (request) => loader.load(request) };
}
