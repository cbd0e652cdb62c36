import { isValidId } from '../domain/ids.ts';

/** Where a request goes, decided from the raw request target before anything is normalised. */
export type Route =
  | { kind: 'status'; projectId: string; instanceId: string }
  | { kind: 'batch'; projectId: string }
  | { kind: 'config' }
  | { kind: 'health' }
  | { kind: 'static' }
  | { kind: 'rejected'; status: 400 | 404; message: string };

/** Methods each route answers; anything else is 405 with this list as `Allow`. */
export const ALLOWED_METHODS: Record<Exclude<Route['kind'], 'rejected'>, readonly string[]> = {
  status: ['GET'],
  batch: ['POST'],
  config: ['GET'],
  health: ['GET', 'HEAD'],
  static: ['GET', 'HEAD'],
};

export const BATCH_SEGMENT = 'status:batch';

const reject = (status: 400 | 404, message: string): Route => ({
  kind: 'rejected',
  status,
  message,
});

// Anything outside visible ASCII, backslashes, empty or dot segments, and encoded dots, slashes,
// backslashes or control characters: paths a server might normalise into something else.
const HOSTILE: readonly [RegExp, string][] = [
  [/[^\x21-\x7e]/, 'The path contains control or non-ASCII characters.'],
  [/\\/, 'The path contains a backslash.'],
  [/\/\//, 'The path contains an empty segment.'],
  [/(^|\/)\.{1,2}(\/|$)/, 'The path contains a dot segment.'],
  [/%(2e|2f|5c|[01][0-9a-f]|7f)/i, 'The path contains an encoded dot, slash or control character.'],
  [/#/, 'The path contains a fragment.'],
];

/** The path part of a raw request target, without its query string. */
export function pathOf(rawUrl: string): string {
  const q = rawUrl.indexOf('?');
  return q === -1 ? rawUrl : rawUrl.slice(0, q);
}

/**
 * Routes a raw `req.url`. The query string is ignored; absolute URLs and hostile paths are rejected.
 * @example routeRequest('/api/v1/p1/instances/i-1/status') → { kind: 'status', projectId: 'p1', instanceId: 'i-1' }
 */
export function routeRequest(rawUrl: string): Route {
  if (!rawUrl.startsWith('/')) return reject(400, 'The request target must be a path.');
  const path = pathOf(rawUrl);
  for (const [pattern, message] of HOSTILE) {
    if (pattern.test(path)) return reject(400, message);
  }
  if (path === '/healthz') return { kind: 'health' };
  const lower = path.toLowerCase();
  if (lower === '/api' || lower.startsWith('/api/')) return routeApi(path);
  return { kind: 'static' };
}

function routeApi(path: string): Route {
  if (path.includes('%')) return reject(400, 'Encoded characters are not allowed in API paths.');
  const segments = path.slice(1).split('/');
  if (segments.length === 2 && segments[0] === 'api' && segments[1] === 'config') {
    return { kind: 'config' };
  }
  const [api, version, projectId, instances, ...rest] = segments;
  if (api !== 'api' || version !== 'v1' || projectId === undefined || instances !== 'instances') {
    return reject(404, 'No such API route.');
  }
  if (rest.length === 1 && rest[0] === BATCH_SEGMENT) {
    return isValidId(projectId) ? { kind: 'batch', projectId } : badId('project ID');
  }
  const [instanceId, status] = rest;
  if (rest.length !== 2 || instanceId === undefined || status !== 'status') {
    return reject(404, 'No such API route.');
  }
  if (!isValidId(projectId)) return badId('project ID');
  if (!isValidId(instanceId)) return badId('instance ID');
  return { kind: 'status', projectId, instanceId };
}

function badId(what: string): Route {
  return reject(400, `The ${what} must be 1 to 64 letters, digits, '-' or '_'.`);
}
