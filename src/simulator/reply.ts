import type { ServerResponse } from 'node:http';

/** An answer decided before it is sent (so latency can delay the sending only). */
export interface Reply {
  status: number;
  body: string;
  contentType: string;
  headers?: Record<string, string>;
}

export const JSON_TYPE = 'application/json;charset=UTF-8';
export const TEXT_TYPE = 'text/plain;charset=UTF-8';
export const HTML_TYPE = 'text/html;charset=UTF-8';

/** A Huawei Cloud style error: `{"error_code":…,"error_msg":…}`. */
export function errorReply(status: number, code: string, message: string): Reply {
  return {
    status,
    body: JSON.stringify({ error_code: code, error_msg: message }),
    contentType: JSON_TYPE,
  };
}

export function jsonReply(status: number, value: unknown): Reply {
  return { status, body: JSON.stringify(value) ?? 'null', contentType: JSON_TYPE };
}

export function sendReply(res: ServerResponse, reply: Reply): void {
  if (res.destroyed) return;
  res.writeHead(reply.status, {
    'Content-Type': reply.contentType,
    'Content-Length': Buffer.byteLength(reply.body),
    ...reply.headers,
  });
  res.end(reply.body);
}
