import { parseErrorBody, parseRetryAfter } from '../domain/fetch-problem.ts';
import { parseInstanceStatus } from '../domain/instance-status.ts';
import { errorAnswer, type ProxyAnswer } from './proxy-error.ts';

/** What came back from the upstream, read in full (within the size cap). */
export interface UpstreamResponse {
  status: number;
  contentType?: string;
  retryAfter?: string;
  bodyText: string;
}

const badResponse = (message: string) => errorAnswer(502, 'DCW.UPSTREAM_BAD_RESPONSE', message);

function looksLikeHtml(text: string, contentType: string | undefined): boolean {
  return /html/i.test(contentType ?? '') || text.trimStart().startsWith('<');
}

function mapOk(response: UpstreamResponse): ProxyAnswer {
  if (looksLikeHtml(response.bodyText, response.contentType)) {
    return badResponse('The upstream answered 200 with an HTML page instead of a status.');
  }
  let body: unknown;
  try {
    body = JSON.parse(response.bodyText);
  } catch {
    return badResponse('The upstream answered 200 with a body that is not valid JSON.');
  }
  const parsed = parseInstanceStatus(body);
  if (!parsed.ok) {
    return badResponse(
      `The upstream answered 200 with a body that is not a status (${parsed.reason}).`,
    );
  }
  return { status: 200, body: body as Record<string, unknown> };
}

/** Keeps a Retry-After value only when it is one the domain can read (seconds or an HTTP date). */
function usableRetryAfter(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed || !/^[\x20-\x7e]{1,64}$/.test(trimmed)) return undefined;
  return parseRetryAfter(trimmed, Date.now()) === undefined ? undefined : trimmed;
}

function mapError(response: UpstreamResponse): ProxyAnswer {
  const { status } = response;
  const { code, message } = looksLikeHtml(response.bodyText, response.contentType)
    ? {}
    : parseErrorBody(response.bodyText, response.contentType);
  const retryAfter =
    status === 429 || status === 503 ? usableRetryAfter(response.retryAfter) : undefined;
  const answer =
    code !== undefined
      ? { status, body: { error_code: code, error_msg: message ?? '' } }
      : status === 429
        ? errorAnswer(429, 'DCW.THROTTLED', message ?? 'The upstream is throttling requests.')
        : errorAnswer(
            status,
            'DCW.UPSTREAM_ERROR',
            message ?? `The upstream answered ${status} without a JSON error body.`,
          );
  return retryAfter === undefined ? answer : { ...answer, retryAfter };
}

/**
 * Turns an upstream answer into what the browser gets: a 200 that passes the status schema,
 * an error with its status and `{error_code, error_msg}`, or a 502 of the proxy's own.
 * @example mapUpstreamResponse({ status: 429, bodyText: 'Too busy', retryAfter: '5' })
 *   → { status: 429, body: { error_code: 'DCW.THROTTLED', error_msg: 'Too busy' }, retryAfter: '5' }
 */
export function mapUpstreamResponse(response: UpstreamResponse): ProxyAnswer {
  const { status } = response;
  if (status === 200) return mapOk(response);
  if (status >= 300 && status <= 399) {
    return badResponse(`The upstream answered with a redirect (${status}); it is not followed.`);
  }
  if (status >= 400 && status <= 599) return mapError(response);
  return badResponse(`The upstream answered with an unexpected status (${status}).`);
}
