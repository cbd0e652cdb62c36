import { request, type Dispatcher } from 'undici';
import type { UpstreamResponse } from './map-upstream-response.ts';
import {
  ProxyError,
  upstreamBadResponse,
  upstreamTimeout,
  upstreamUnreachable,
} from './proxy-error.ts';

export interface UpstreamCall {
  projectId: string;
  instanceId: string;
  token: string;
  deadlineAt: number;
}

export interface UpstreamClientOptions {
  /** Base URL without a trailing slash; may carry a base path. */
  endpoint: string;
  dispatcher: Dispatcher;
  maxResponseBytes: number;
  now: () => number;
}

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
function classify(error: unknown, aborted: boolean, gotHeaders: boolean): ProxyError {
  if (error instanceof ProxyError) return error;
  if (aborted || TIMEOUT_CODES.has(errorCode(error) ?? '')) return upstreamTimeout();
  if (gotHeaders)
    return upstreamBadResponse('The upstream connection broke while sending the body.');
  return upstreamUnreachable(`The upstream could not be reached (${errorCode(error) ?? 'error'}).`);
}

function tooLarge(limit: number): ProxyError {
  return upstreamBadResponse(`The upstream answer is larger than ${limit} bytes.`);
}

async function readCapped(body: Dispatcher.ResponseData['body'], limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw tooLarge(limit);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * One ShowInstanceStatus call with a total deadline (headers and body), no redirects followed,
 * only Accept and X-Auth-Token sent, and a cap on the body size.
 */
export async function callUpstream(
  options: UpstreamClientOptions,
  call: UpstreamCall,
): Promise<UpstreamResponse> {
  const remaining = call.deadlineAt - options.now();
  if (remaining <= 0) throw upstreamTimeout();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(upstreamTimeout()), remaining);
  let gotHeaders = false;
  try {
    const url = `${options.endpoint}/v1/${call.projectId}/instances/${call.instanceId}/status`;
    const response = await request(url, {
      dispatcher: options.dispatcher,
      method: 'GET',
      headers: { accept: 'application/json', 'x-auth-token': call.token },
      signal: controller.signal,
    });
    gotHeaders = true;
    const declared = Number(headerValue(response.headers['content-length']));
    if (declared > options.maxResponseBytes) {
      // destroy() makes undici emit an abort error on the body: listen, or it kills the process.
      response.body.on('error', () => {}).destroy();
      throw tooLarge(options.maxResponseBytes);
    }
    const bodyText = await readCapped(response.body, options.maxResponseBytes);
    const contentType = headerValue(response.headers['content-type']);
    const retryAfter = headerValue(response.headers['retry-after']);
    return {
      status: response.statusCode,
      bodyText,
      ...(contentType === undefined ? {} : { contentType }),
      ...(retryAfter === undefined ? {} : { retryAfter }),
    };
  } catch (error) {
    throw classify(error, controller.signal.aborted, gotHeaders);
  } finally {
    clearTimeout(timer);
  }
}
