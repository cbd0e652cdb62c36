import type { IncomingMessage } from 'node:http';
import { ProxyError } from './proxy-error.ts';

const TOKEN_SHAPE = /^[\x21-\x7e]{1,16384}$/;

/**
 * The token for the upstream: the server-held one when configured (the browser's is ignored),
 * else the browser's X-Auth-Token, which must be present.
 */
export function requestToken(req: IncomingMessage, serverToken: string | null): string {
  if (serverToken !== null) return serverToken;
  const header = req.headers['x-auth-token'];
  const value = Array.isArray(header) ? undefined : header?.trim();
  if (value === undefined || value === '') {
    throw new ProxyError(
      401,
      'DCW.TOKEN_REQUIRED',
      'This proxy holds no token: send yours in the X-Auth-Token header.',
    );
  }
  if (!TOKEN_SHAPE.test(value)) {
    throw new ProxyError(400, 'DCW.BAD_REQUEST', 'The X-Auth-Token header is malformed.');
  }
  return value;
}
