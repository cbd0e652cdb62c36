import { problemFromHttp } from '../domain/fetch-problem.ts';
import { getAuthToken } from '../stores/auth-store.ts';
import { ApiError, apiErrorOf } from './api-error.ts';

export const REQUEST_TIMEOUT_MS = 15_000;

export interface ApiRequest<T> {
  method?: 'GET' | 'POST';
  body?: unknown;
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Validates the decoded 200 body; a string is the reason it is not acceptable. */
  parse: (body: unknown) => { ok: true; value: T } | { ok: false; reason: string };
}

function headersFor(hasBody: boolean): Headers {
  const headers = new Headers({ Accept: 'application/json' });
  if (hasBody) headers.set('Content-Type', 'application/json');
  const token = getAuthToken();
  if (token) headers.set('X-Auth-Token', token);
  return headers;
}

/** Aborts when the caller aborts or when the timeout passes, and says which one happened. */
function linkSignals(outer: AbortSignal | undefined, timeoutMs: number) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort(outer?.reason);
  if (outer?.aborted) controller.abort(outer.reason);
  else outer?.addEventListener('abort', onAbort, { once: true });
  const done = () => {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onAbort);
  };
  return { signal: controller.signal, done, timedOut: () => timedOut };
}

/**
 * The one way in from the network: non-OK answers, timeouts, network failures and bodies that
 * fail `parse` all become an ApiError; a caller's abort is rethrown as-is so the query is cancelled.
 */
export async function apiRequest<T>(path: string, request: ApiRequest<T>): Promise<T> {
  const hasBody = request.body !== undefined;
  const link = linkSignals(request.signal, request.timeoutMs ?? REQUEST_TIMEOUT_MS);
  try {
    const response = await fetch(path, {
      method: request.method ?? 'GET',
      headers: headersFor(hasBody),
      body: hasBody ? JSON.stringify(request.body) : undefined,
      signal: link.signal,
      credentials: 'same-origin',
      cache: 'no-store',
    });
    const text = await response.text();
    if (!response.ok) {
      const contentType = response.headers.get('content-type') ?? undefined;
      const retryAfter = response.headers.get('retry-after');
      throw new ApiError(problemFromHttp(response.status, text, contentType, retryAfter));
    }
    return parseOkBody(text, request.parse, response.status);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    if (request.signal?.aborted) throw error;
    if (link.timedOut()) {
      throw apiErrorOf(
        'timeout',
        `No answer within ${Math.round((request.timeoutMs ?? REQUEST_TIMEOUT_MS) / 1000)} s.`,
      );
    }
    throw apiErrorOf('network', 'The network request failed.');
  } finally {
    link.done();
  }
}

function parseOkBody<T>(text: string, parse: ApiRequest<T>['parse'], status: number): T {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiError({ kind: 'invalid-response', status, message: 'The answer is not JSON.' });
  }
  const result = parse(body);
  if (!result.ok) {
    throw new ApiError({
      kind: 'invalid-response',
      status,
      message: `Unexpected answer: ${result.reason}`,
    });
  }
  return result.value;
}
