import type { ServerResponse } from 'node:http';
import type { ProxyAnswer } from './proxy-error.ts';

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // MUI/emotion injects <style> elements at runtime.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
  "form-action 'self'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

/** The security headers as a flat [name, value, …] list, for `writeHead`. */
const SECURITY_HEADER_LIST: readonly string[] = Object.entries(SECURITY_HEADERS).flat();

/** For responses written by others (the static files): every answer carries the security headers. */
export function applySecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}

/**
 * Writes status and headers in one call: the security headers, `extra`, then `headers`
 * (flat [name, value, …] lists, so Node needs no per-header setHeader bookkeeping).
 */
function writeHead(
  res: ServerResponse,
  status: number,
  headers: string[],
  extra: Record<string, string>,
): void {
  const list = [...SECURITY_HEADER_LIST];
  for (const name in extra) list.push(name, extra[name] as string);
  for (const item of headers) list.push(item);
  res.writeHead(status, list);
}

const NO_EXTRA: Record<string, string> = {};

/** Sends a JSON answer with `Cache-Control: no-store` (and Retry-After when it has one). */
export function sendJson(
  res: ServerResponse,
  answer: ProxyAnswer,
  extraHeaders: Record<string, string> = NO_EXTRA,
): void {
  if (res.headersSent || res.destroyed) return;
  const payload = answer.json ?? JSON.stringify(answer.body);
  const headers = [
    'Content-Type',
    'application/json; charset=utf-8',
    'Content-Length',
    String(Buffer.byteLength(payload)),
    'Cache-Control',
    'no-store',
  ];
  if (answer.retryAfter !== undefined) headers.push('Retry-After', answer.retryAfter);
  writeHead(res, answer.status, headers, extraHeaders);
  res.end(payload);
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  if (res.headersSent || res.destroyed) return;
  const headers = [
    'Content-Type',
    'text/plain; charset=utf-8',
    'Content-Length',
    String(Buffer.byteLength(text)),
    'Cache-Control',
    'no-store',
  ];
  writeHead(res, status, headers, NO_EXTRA);
  res.end(text);
}
