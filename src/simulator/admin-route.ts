import type { IncomingMessage } from 'node:http';
import { isValidId } from '../domain/ids.ts';
import { parseFaultSpec, type FaultQueue } from './faults.ts';
import { BodyTooLargeError, readBody } from './read-body.ts';
import { errorReply, jsonReply, type Reply } from './reply.ts';
import type { Stats } from './stats.ts';

export interface AdminDeps {
  pins: Map<string, string>;
  faults: FaultQueue;
  stats: Stats;
}

const MAX_BODY_BYTES = 256 * 1024;
const OK = jsonReply(200, { ok: true });
const NOT_FOUND = errorReply(404, 'SIM.NOT_FOUND', 'No such admin route');
const FORBIDDEN = errorReply(
  403,
  'SIM.ADMIN_FORBIDDEN',
  'The admin API answers loopback clients only',
);
const notAllowed = (allow: string): Reply => ({
  ...errorReply(405, 'SIM.METHOD_NOT_ALLOWED', `Use ${allow}`),
  headers: { Allow: allow },
});
const badRequest = (message: string) => errorReply(400, 'SIM.BAD_REQUEST', message);

/** Whether a socket's remote address is this machine. */
export function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

async function readJson(req: IncomingMessage): Promise<{ value: unknown } | Reply> {
  try {
    return { value: JSON.parse(await readBody(req, MAX_BODY_BYTES)) as unknown };
  } catch (error) {
    if (error instanceof BodyTooLargeError)
      return errorReply(413, 'SIM.PAYLOAD_TOO_LARGE', error.message);
    return badRequest('body must be valid JSON');
  }
}

async function pin(req: IncomingMessage, deps: AdminDeps, key: string): Promise<Reply> {
  if (req.method === 'DELETE') {
    const removed = deps.pins.delete(key);
    return jsonReply(200, { ok: true, removed });
  }
  if (req.method !== 'PUT') return notAllowed('PUT, DELETE');
  const read = await readJson(req);
  if (!('value' in read)) return read;
  // Any JSON value is kept verbatim, so a test can pin a body the schema must reject.
  deps.pins.set(key, JSON.stringify(read.value));
  return OK;
}

async function addFault(req: IncomingMessage, deps: AdminDeps): Promise<Reply> {
  if (req.method === 'DELETE') {
    deps.faults.clear();
    return OK;
  }
  if (req.method !== 'POST') return notAllowed('POST, DELETE');
  const read = await readJson(req);
  if (!('value' in read)) return read;
  const spec = parseFaultSpec(read.value);
  if (typeof spec === 'string') return badRequest(spec);
  deps.faults.add(spec);
  return OK;
}

/** Serves `/__admin/…` (path without query); the caller checks admin is enabled. */
export async function adminRoute(
  req: IncomingMessage,
  path: string,
  deps: AdminDeps,
): Promise<Reply> {
  if (!isLoopback(req.socket.remoteAddress)) return FORBIDDEN;
  const parts = path.split('/');
  if (parts.length === 6 && parts[2] === 'projects' && parts[4] === 'instances') {
    const [projectId = '', instanceId = ''] = [parts[3], parts[5]];
    if (!isValidId(projectId) || !isValidId(instanceId)) {
      return badRequest('project and instance ids must be 1-64 letters, digits, - or _');
    }
    return pin(req, deps, `${projectId}/${instanceId}`);
  }
  if (path === '/__admin/faults') return addFault(req, deps);
  if (path === '/__admin/stats') {
    return req.method === 'GET' ? jsonReply(200, deps.stats.snapshot()) : notAllowed('GET');
  }
  if (path === '/__admin/stats/reset') {
    if (req.method !== 'POST') return notAllowed('POST');
    deps.stats.reset();
    return OK;
  }
  return NOT_FOUND;
}
