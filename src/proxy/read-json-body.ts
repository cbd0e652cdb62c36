import type { IncomingMessage } from 'node:http';
import { ProxyError } from './proxy-error.ts';

const tooLarge = (limit: number) =>
  new ProxyError(413, 'DCW.PAYLOAD_TOO_LARGE', `The request body is larger than ${limit} bytes.`);

/** Reads a JSON request body of at most `limit` bytes; 400/413 ProxyErrors otherwise. */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new ProxyError(400, 'DCW.BAD_REQUEST', 'The request body must be application/json.');
  }
  if (Number(req.headers['content-length']) > limit) throw tooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw tooLarge(limit);
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw new ProxyError(400, 'DCW.BAD_REQUEST', 'The request body is not valid JSON.');
  }
}
