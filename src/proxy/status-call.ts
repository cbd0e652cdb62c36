import type { Dispatcher } from 'undici';
import type { DeadlineWatch, Expirable } from './deadline-watch.ts';
import type { UpstreamResponse } from './map-upstream-response.ts';
import {
  ProxyError,
  upstreamBadResponse,
  upstreamTimeout,
  upstreamUnreachable,
} from './proxy-error.ts';

const TIMEOUT_CODES = new Set([
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Why an upstream call failed, named: 504 past the deadline, else 502 before or after the headers. */
function classify(error: unknown, gotHeaders: boolean): ProxyError {
  if (error instanceof ProxyError) return error;
  if (TIMEOUT_CODES.has(errorCode(error) ?? '')) return upstreamTimeout();
  if (gotHeaders)
    return upstreamBadResponse('The upstream connection broke while sending the body.');
  return upstreamUnreachable(`The upstream could not be reached (${errorCode(error) ?? 'error'}).`);
}

function tooLarge(limit: number): ProxyError {
  return upstreamBadResponse(`The upstream answer is larger than ${limit} bytes.`);
}

/**
 * One call as an undici dispatch handler: the body is collected straight from the parser
 * (no response stream, no async iteration), capped at `limit` bytes, and the call is ended
 * by `expire()` (the deadline) or any failure, whichever comes first.
 */
export class StatusCall implements Dispatcher.DispatchHandler, Expirable {
  private controller: Dispatcher.DispatchController | null = null;
  private failure: ProxyError | null = null;
  private settled = false;
  private gotHeaders = false;
  private status = 0;
  private contentType: string | undefined;
  private retryAfter: string | undefined;
  private readonly chunks: Buffer[] = [];
  private size = 0;

  constructor(
    private readonly limit: number,
    private readonly watch: DeadlineWatch,
    private readonly resolve: (response: UpstreamResponse) => void,
    private readonly reject: (error: ProxyError) => void,
  ) {}

  onRequestStart(controller: Dispatcher.DispatchController): void {
    // Expired while it waited for a connection: never send it.
    if (this.failure) controller.abort(this.failure);
    else this.controller = controller;
  }

  onResponseStart(
    controller: Dispatcher.DispatchController,
    statusCode: number,
    headers: Record<string, string | string[] | undefined>,
  ): void {
    if (this.settled || statusCode < 200) return;
    this.gotHeaders = true;
    this.status = statusCode;
    this.contentType = headerValue(headers['content-type']);
    this.retryAfter = headerValue(headers['retry-after']);
    if (Number(headerValue(headers['content-length'])) > this.limit) {
      this.fail(tooLarge(this.limit), controller);
    }
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    if (this.settled) return;
    this.size += chunk.length;
    if (this.size > this.limit) this.fail(tooLarge(this.limit), controller);
    else this.chunks.push(chunk);
  }

  onResponseEnd(): void {
    if (this.settled) return;
    this.settled = true;
    this.watch.delete(this);
    const { chunks } = this;
    const bodyText =
      chunks.length === 1
        ? (chunks[0] as Buffer).toString('utf8')
        : Buffer.concat(chunks).toString('utf8');
    this.resolve({
      status: this.status,
      bodyText,
      ...(this.contentType === undefined ? {} : { contentType: this.contentType }),
      ...(this.retryAfter === undefined ? {} : { retryAfter: this.retryAfter }),
    });
  }

  onResponseError(_controller: Dispatcher.DispatchController | undefined, error: Error): void {
    if (this.settled) return;
    this.settle(classify(error, this.gotHeaders));
  }

  /** The deadline passed: 504, and the request is aborted (or never sent if still queued). */
  expire(): void {
    if (this.settled) return;
    this.fail(upstreamTimeout(), this.controller);
  }

  private fail(error: ProxyError, controller: Dispatcher.DispatchController | null): void {
    this.settle(error);
    // abort() calls onResponseError at once; `settled` makes it a no-op.
    controller?.abort(error);
  }

  private settle(error: ProxyError): void {
    this.settled = true;
    this.failure = error;
    this.watch.delete(this);
    this.reject(error);
  }
}
