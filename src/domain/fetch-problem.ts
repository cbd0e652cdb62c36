/** Why a status could not be fetched, in the words the retry policy and the UI use. */
export type FetchProblemKind =
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'throttled'
  | 'server'
  | 'bad-gateway'
  | 'timeout'
  | 'network'
  | 'invalid-response'
  | 'bad-request';

/** A failed fetch: its kind, HTTP status and error code when there was one, and a message fit to show. */
export interface FetchProblem {
  kind: FetchProblemKind;
  status?: number;
  code?: string;
  message: string;
  retryAfterMs?: number;
}

const MAX_RETRY_AFTER_MS = 10 * 60_000;
const MAX_MESSAGE_LENGTH = 300;

const DEFAULT_MESSAGES: Record<FetchProblemKind, string> = {
  unauthorized: 'The request is not authenticated.',
  forbidden: 'The token is not allowed to read this instance.',
  'not-found': 'The project or instance was not found.',
  throttled: 'The request is overloaded.',
  server: 'Internal server error.',
  'bad-gateway': 'The gateway could not reach the service.',
  timeout: 'The service did not answer in time.',
  network: 'The network request failed.',
  'invalid-response': 'The service answered with something that is not a status.',
  'bad-request': 'The request was rejected.',
};

// Proxy codes that say more than their HTTP status does.
const KIND_BY_CODE: Record<string, FetchProblemKind> = {
  'DCW.UPSTREAM_BAD_RESPONSE': 'invalid-response',
  'DCW.UPSTREAM_TIMEOUT': 'timeout',
};

/** Collapses whitespace, drops control characters and caps the length of text meant for display. */
function cleanText(text: string): string | undefined {
  const cleaned = text
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (cleaned === '') return undefined;
  return cleaned.length > MAX_MESSAGE_LENGTH
    ? `${cleaned.slice(0, MAX_MESSAGE_LENGTH - 1)}…`
    : cleaned;
}

function fromJson(value: unknown): { code?: string; message?: string } {
  if (typeof value === 'string') return withDefined(undefined, cleanText(value));
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const record = value as Record<string, unknown>;
  const code = record['error_code'];
  const message = record['error_msg'];
  return withDefined(
    typeof code === 'string' || typeof code === 'number' ? cleanText(String(code)) : undefined,
    typeof message === 'string' ? cleanText(message) : undefined,
  );
}

function withDefined(code: string | undefined, message: string | undefined) {
  return { ...(code === undefined ? {} : { code }), ...(message === undefined ? {} : { message }) };
}

/**
 * Reads an error body: JSON `{error_code, error_msg}`, a JSON or plain string; HTML, empty or odd JSON → {}.
 * @example parseErrorBody('{"error_code":"APIGW.0301","error_msg":"Incorrect token"}') → { code: 'APIGW.0301', message: 'Incorrect token' }
 */
export function parseErrorBody(
  text: string,
  contentType?: string,
): { code?: string; message?: string } {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.startsWith('<') || /html/i.test(contentType ?? '')) return {};
  try {
    return fromJson(JSON.parse(trimmed));
  } catch {
    return withDefined(undefined, cleanText(trimmed));
  }
}

/**
 * Reads `Retry-After` (delta seconds or HTTP date) as milliseconds from `now`, capped at 10 minutes.
 * @example parseRetryAfter('5', 0) → 5000
 */
export function parseRetryAfter(
  header: string | null | undefined,
  now: number,
): number | undefined {
  const value = header?.trim() ?? '';
  if (/^\d+(\.\d+)?$/.test(value)) return Math.min(Number(value) * 1000, MAX_RETRY_AFTER_MS);
  // HTTP dates always name a day or month; this keeps Date.parse from reading bare numbers as years.
  if (!/[a-z]/i.test(value)) return undefined;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.min(Math.max(at - now, 0), MAX_RETRY_AFTER_MS);
}

function kindFromStatus(status: number): FetchProblemKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 408 || status === 504) return 'timeout';
  if (status === 429) return 'throttled';
  if (status === 502 || status === 503) return 'bad-gateway';
  if (status >= 500 && status <= 599) return 'server';
  if (status >= 400 && status <= 499) return 'bad-request';
  return 'invalid-response';
}

/**
 * Turns a non-OK HTTP answer into a FetchProblem; never throws.
 * @example problemFromHttp(429, 'Too many requests', 'text/plain', '5').retryAfterMs → 5000
 */
export function problemFromHttp(
  status: number,
  bodyText: string,
  contentType?: string,
  retryAfterHeader?: string | null,
  now: number = Date.now(),
): FetchProblem {
  const { code, message } = parseErrorBody(bodyText, contentType);
  const byCode =
    code !== undefined && Object.hasOwn(KIND_BY_CODE, code) ? KIND_BY_CODE[code] : undefined;
  const kind = byCode ?? kindFromStatus(status);
  const retryAfterMs = parseRetryAfter(retryAfterHeader, now);
  return {
    kind,
    status,
    ...(code === undefined ? {} : { code }),
    message: message ?? DEFAULT_MESSAGES[kind],
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  };
}
