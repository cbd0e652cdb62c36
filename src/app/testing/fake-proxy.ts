import { vi } from 'vitest';

export interface FakeAnswer {
  status: number;
  body: unknown;
  retryAfter?: string;
}

export interface FakeProxyOptions {
  tokenMode?: 'server' | 'pass-through';
  mode?: 'simulator' | 'upstream';
  demo?: { projectId: string; instanceIds: string[] } | null;
  /** Pass-through: the only token the fake cloud accepts. */
  validToken?: string;
  answer: (projectId: string, instanceId: string) => FakeAnswer;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

const UNAUTHORIZED = {
  status: 401,
  body: { error_code: 'APIGW.0301', error_msg: 'Incorrect IAM authentication information' },
};

/** A stand-in for the dcwatch proxy's browser-facing API, as a `fetch` mock. */
export function fakeProxy(options: FakeProxyOptions) {
  const tokenMode = options.tokenMode ?? 'server';
  const answerFor = (projectId: string, id: string, token: string | null): FakeAnswer =>
    tokenMode === 'pass-through' && token !== options.validToken
      ? UNAUTHORIZED
      : options.answer(projectId, id);
  return vi.fn(async (input: string, init: RequestInit = {}) => {
    const url = new URL(input, 'http://dcwatch.test');
    const token = new Headers(init.headers).get('X-Auth-Token');
    if (url.pathname === '/api/config') {
      return json(200, {
        mode: options.mode ?? 'simulator',
        tokenMode,
        demo: options.demo ?? null,
        batch: { path: '/api/v1/{project_id}/instances/status:batch', maxIds: 100 },
        freshnessMs: 30_000,
      });
    }
    const batch = /^\/api\/v1\/([^/]+)\/instances\/status:batch$/.exec(url.pathname);
    if (batch && init.method === 'POST') {
      if (tokenMode === 'pass-through' && !token) {
        return json(401, { error_code: 'DCW.TOKEN_REQUIRED', error_msg: 'Sign in first' });
      }
      const { ids } = JSON.parse(String(init.body)) as { ids: string[] };
      const items = ids.map((id) => ({ id, ...answerFor(batch[1]!, id, token) }));
      return json(200, { items });
    }
    const single = /^\/api\/v1\/([^/]+)\/instances\/([^/]+)\/status$/.exec(url.pathname);
    if (single) {
      const answer = answerFor(single[1]!, single[2]!, token);
      return json(
        answer.status,
        answer.body,
        answer.retryAfter ? { 'retry-after': answer.retryAfter } : {},
      );
    }
    return json(404, { error_code: 'DCW.NOT_FOUND', error_msg: 'No such route' });
  });
}
