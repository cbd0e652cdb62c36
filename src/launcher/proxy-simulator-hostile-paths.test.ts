import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startStack, stopStacks, type Answer, type Stack } from './integration.test-helpers.ts';

let stack: Stack;
let P = '';
let I = '';

beforeAll(async () => {
  stack = await startStack();
  P = stack.projectId;
  I = stack.instanceIds[0] ?? '';
});
afterAll(stopStacks);
beforeEach(async () => {
  await stack.resetStats();
});

/** Status, error code and how many requests reached the simulator: the whole story of a refusal. */
async function outcome(res: Answer) {
  const body = res.json();
  return {
    status: res.status,
    error_code: body['error_code'],
    error_msg: typeof body['error_msg'],
    upstream: (await stack.stats()).requests,
  };
}

const refused = (status: number, code: string) => ({
  status,
  error_code: code,
  error_msg: 'string',
  upstream: 0,
});

// Built lazily: the project and instance IDs exist only once the simulator runs.
type Target = (p: string, i: string) => string;

describe('hostile request targets under /api', () => {
  it.each<[string, Target]>([
    ['an encoded slash %2F', (p) => `/api/v1/${p}/instances/a%2Fb/status`],
    ['an encoded slash %2f', (p) => `/api/v1/${p}/instances/a%2fb/status`],
    ['an encoded slash replacing a separator', (p, i) => `/api/v1/${p}/instances/${i}%2Fstatus`],
    ['encoded dot segments %2E%2E', (p) => `/api/v1/${p}/instances/%2E%2E/status`],
    ['encoded dot segments %2e%2e%2f', (p, i) => `/api/v1/${p}/instances/%2e%2e%2f${i}/status`],
    ['an encoded dot %2E', (p, i) => `/api/v1/${p}/instances/${i}%2Ejson/status`],
    ['an encoded backslash %5C', (p) => `/api/v1/${p}/instances/a%5Cb/status`],
    ['a backslash', (p) => `/api/v1/${p}/instances/a\\b/status`],
    ['a backslash separator', (p, i) => `/api/v1/${p}/instances\\${i}/status`],
    ['a .. traversal', (p, i) => `/api/v1/${p}/instances/../../../v1/${p}/instances/${i}/status`],
    ['a trailing ..', (p, i) => `/api/v1/${p}/instances/${i}/status/..`],
    ['a . segment', (p, i) => `/api/v1/${p}/instances/./${i}/status`],
    ['a double slash', (p, i) => `/api/v1/${p}//instances/${i}/status`],
    ['an empty project segment', (_p, i) => `/api/v1//instances/${i}/status`],
    ['a leading double slash', (p, i) => `//api/v1/${p}/instances/${i}/status`],
    ['a 65-character instance ID', (p) => `/api/v1/${p}/instances/${'a'.repeat(65)}/status`],
    ['a 65-character project ID', (_p, i) => `/api/v1/${'p'.repeat(65)}/instances/${i}/status`],
    ['an encoded space', (p) => `/api/v1/${p}/instances/a%20b/status`],
    ['an encoded non-ASCII ID', (p) => `/api/v1/${p}/instances/%E2%9C%93/status`],
    ['a semicolon', (p, i) => `/api/v1/${p}/instances/${i};v=1/status`],
    ['a dot in the ID', (p) => `/api/v1/${p}/instances/a.b/status`],
    ['a colon in the ID', (p) => `/api/v1/${p}/instances/a:b/status`],
    ['an encoded NUL', (p) => `/api/v1/${p}/instances/a%00b/status`],
    ['an encoded CRLF', (p) => `/api/v1/${p}/instances/a%0d%0aX-Injected:%201/status`],
    ['a fragment', (p, i) => `/api/v1/${p}/instances/${i}/status#x`],
    ['an absolute URL', (p, i) => `http://evil.example/api/v1/${p}/instances/${i}/status`],
    [
      'an absolute URL naming the simulator',
      (p, i) => `${stack.simUrl}/api/v1/${p}/instances/${i}/status`,
    ],
    [
      'an absolute URL naming the proxy',
      (p, i) => `${stack.proxyUrl}/api/v1/${p}/instances/${i}/status`,
    ],
  ])('GET with %s → 400 DCW.BAD_REQUEST, nothing upstream', async (_name, target) => {
    const res = await stack.raw({ target: target(P, I) });
    expect(await outcome(res)).toEqual(refused(400, 'DCW.BAD_REQUEST'));
  });

  // Bytes Node's HTTP parser refuses before any route runs: still a JSON 400.
  it.each<[string, Target]>([
    ['a raw space', (p) => `/api/v1/${p}/instances/a b/status`],
    ['raw non-ASCII bytes', (p) => `/api/v1/${p}/instances/ü/status`],
    ['an authority-form target', () => 'evil.example:443'],
  ])('GET with %s → 400 DCW.BAD_REQUEST, nothing upstream', async (_name, target) => {
    const res = await stack.raw({ target: target(P, I) });
    expect(await outcome(res)).toEqual(refused(400, 'DCW.BAD_REQUEST'));
  });
});

describe('unknown API routes', () => {
  it.each<[string, Target]>([
    ['/api', () => '/api'],
    ['/api/', () => '/api/'],
    ['a v2 path', (p, i) => `/api/v2/${p}/instances/${i}/status`],
    ['an upper-case prefix', (p, i) => `/API/v1/${p}/instances/${i}/status`],
    ['an instance without /status', (p, i) => `/api/v1/${p}/instances/${i}`],
    ['a path past /status', (p, i) => `/api/v1/${p}/instances/${i}/status/extra`],
    ['the instance list', (p) => `/api/v1/${p}/instances`],
    ['another resource', (p, i) => `/api/v1/${p}/servers/${i}/status`],
    ['the upstream path without /api', (p, i) => `/api/${p}/instances/${i}/status`],
  ])('GET %s → 404 DCW.NOT_FOUND, nothing upstream', async (_name, target) => {
    const res = await stack.raw({ target: target(P, I) });
    expect(await outcome(res)).toEqual(refused(404, 'DCW.NOT_FOUND'));
  });
});

describe('methods', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])(
    '%s on the status route → 405 with Allow: GET, nothing upstream',
    async (method) => {
      const res = await stack.raw({ method, target: stack.statusPath(I) });
      expect({ ...(await outcome(res)), allow: res.headers['allow'] }).toEqual({
        ...refused(405, 'DCW.METHOD_NOT_ALLOWED'),
        allow: 'GET',
      });
    },
  );

  it.each(['GET', 'PUT', 'DELETE'])(
    '%s on the batch route → 405 with Allow: POST, nothing upstream',
    async (method) => {
      const res = await stack.raw({ method, target: stack.batchPath() });
      expect({ ...(await outcome(res)), allow: res.headers['allow'] }).toEqual({
        ...refused(405, 'DCW.METHOD_NOT_ALLOWED'),
        allow: 'POST',
      });
    },
  );
});
