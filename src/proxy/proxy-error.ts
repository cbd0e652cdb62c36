/** The proxy's own error codes; every one is answered as `{ error_code, error_msg }`. */
export type DcwErrorCode =
  | 'DCW.NOT_FOUND'
  | 'DCW.BAD_REQUEST'
  | 'DCW.METHOD_NOT_ALLOWED'
  | 'DCW.HOST_NOT_ALLOWED'
  | 'DCW.TOKEN_REQUIRED'
  | 'DCW.UPSTREAM_TIMEOUT'
  | 'DCW.UPSTREAM_BAD_RESPONSE'
  | 'DCW.UPSTREAM_UNREACHABLE'
  | 'DCW.UPSTREAM_ERROR'
  | 'DCW.THROTTLED'
  | 'DCW.BUDGET_EXCEEDED'
  | 'DCW.PAYLOAD_TOO_LARGE'
  | 'DCW.INTERNAL';

/** The JSON error body the browser sees. */
export interface ErrorBody {
  error_code: string;
  error_msg: string;
}

/** What the proxy answers for one request: status, JSON body and an optional Retry-After value. */
export interface ProxyAnswer {
  status: number;
  body: Record<string, unknown>;
  retryAfter?: string;
  /** `body` already serialised (an upstream text known to parse to it): sent as is. */
  json?: string;
}

/** A failure with a fixed status and code, e.g. `new ProxyError(504, 'DCW.UPSTREAM_TIMEOUT', '…')`. */
export class ProxyError extends Error {
  override readonly name = 'ProxyError';

  constructor(
    readonly status: number,
    readonly code: DcwErrorCode,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }

  toAnswer(): ProxyAnswer {
    return errorAnswer(this.status, this.code, this.message, this.retryAfterMs);
  }
}

/** Seconds for a Retry-After header, at least 1: `retryAfterSeconds(1200)` → '2'. */
export function retryAfterSeconds(ms: number): string {
  return String(Math.max(1, Math.ceil(ms / 1000)));
}

export function errorAnswer(
  status: number,
  code: string,
  message: string,
  retryAfterMs?: number,
): ProxyAnswer {
  const body: ErrorBody = { error_code: code, error_msg: message };
  return retryAfterMs === undefined
    ? { status, body: { ...body } }
    : { status, body: { ...body }, retryAfter: retryAfterSeconds(retryAfterMs) };
}

export function upstreamTimeout(): ProxyError {
  return new ProxyError(504, 'DCW.UPSTREAM_TIMEOUT', 'The upstream did not answer in time.');
}

export function upstreamBadResponse(message: string): ProxyError {
  return new ProxyError(502, 'DCW.UPSTREAM_BAD_RESPONSE', message);
}

export function upstreamUnreachable(message: string): ProxyError {
  return new ProxyError(502, 'DCW.UPSTREAM_UNREACHABLE', message);
}
