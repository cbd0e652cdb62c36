import { afterEach, describe, expect, it } from 'vitest';
import {
  EXPIRED_TOKEN,
  INTERNAL_ERROR,
  instanceNotFound,
  projectNotFound,
} from '../simulator/upstream-replies.ts';
import {
  startStack,
  stopStacks,
  type Answer,
  type Stack,
  type StackOptions,
} from './integration.test-helpers.ts';

afterEach(stopStacks);

interface Expected {
  status: number;
  body: unknown;
  retryAfter?: string | undefined;
}

interface FaultCase {
  name: string;
  options?: StackOptions;
  /** Sets the fault up; resolves with the proxy path to ask. */
  arrange: (stack: Stack) => Promise<string>;
  expected: (stack: Stack) => Expected;
}

const errorBody = (reply: { body: string }) => JSON.parse(reply.body) as unknown;
const dcw = (code: string) => ({ error_code: code, error_msg: expect.any(String) as unknown });
const first = (stack: Stack) => stack.instanceIds[0] ?? '';
const firstPath = (stack: Stack) => stack.statusPath(first(stack));

/** Injects a fault for the first instance and returns its path. */
const faulted = (spec: Parameters<Stack['injectFault']>[0]) => async (stack: Stack) => {
  await stack.injectFault(spec);
  return firstPath(stack);
};

/** Pins a 200 body for the first instance and returns its path. */
const pinned = (body: unknown) => async (stack: Stack) => {
  await stack.pin(first(stack), body);
  return firstPath(stack);
};

const THROTTLE_TEXT = 'Request throttled: the API rate limit of your account was reached.';

const CASES: FaultCase[] = [
  {
    name: 'an injected 401',
    arrange: faulted({ status: 401, count: 1 }),
    expected: () => ({ status: 401, body: errorBody(EXPIRED_TOKEN) }),
  },
  {
    name: 'an unknown instance (404)',
    arrange: async (stack) => stack.statusPath('i-not-in-the-fleet'),
    expected: () => ({ status: 404, body: errorBody(instanceNotFound('i-not-in-the-fleet')) }),
  },
  {
    name: 'an unknown project (404)',
    arrange: async (stack) => stack.statusPath(first(stack), 'someone-elses-project'),
    expected: () => ({ status: 404, body: errorBody(projectNotFound('someone-elses-project')) }),
  },
  {
    name: 'an injected 429 with a plain-string body',
    arrange: faulted({ status: 429, count: 1, retryAfterSeconds: 7, body: THROTTLE_TEXT }),
    expected: () => ({
      status: 429,
      body: { error_code: 'DCW.THROTTLED', error_msg: THROTTLE_TEXT },
      retryAfter: '7',
    }),
  },
  {
    name: 'an injected 429 with the default body',
    arrange: faulted({ status: 429, count: 1 }),
    expected: () => ({
      status: 429,
      body: {
        error_code: 'DCW.THROTTLED',
        error_msg: 'The throttling threshold has been reached: policy user over ratelimit',
      },
      retryAfter: '5',
    }),
  },
  {
    name: "the simulator's own rate limit (429)",
    options: { simulator: { rateLimit: { perSecond: 1, burst: 1 } } },
    arrange: async (stack) => {
      await stack.direct(first(stack));
      return firstPath(stack);
    },
    expected: () => ({
      status: 429,
      body: {
        error_code: 'DCW.THROTTLED',
        error_msg:
          'The throttling threshold has been reached: policy user over ratelimit,limit:1,time:1 second',
      },
      retryAfter: '1',
    }),
  },
  {
    name: 'an injected 500',
    arrange: faulted({ status: 500, count: 1 }),
    expected: () => ({ status: 500, body: errorBody(INTERNAL_ERROR) }),
  },
  {
    name: 'a random 500 (errorRate 1)',
    options: { simulator: { errorRate: 1 } },
    arrange: async (stack) => firstPath(stack),
    expected: () => ({ status: 500, body: errorBody(INTERNAL_ERROR) }),
  },
  {
    name: 'an injected 502 HTML gateway page',
    arrange: faulted({ status: 502, count: 1 }),
    expected: () => ({ status: 502, body: dcw('DCW.UPSTREAM_ERROR') }),
  },
  {
    name: 'an injected 502 with a JSON error',
    arrange: faulted({
      status: 502,
      count: 1,
      body: '{"error_code":"APIGW.0201","error_msg":"Backend unavailable"}',
      contentType: 'application/json',
    }),
    expected: () => ({
      status: 502,
      body: { error_code: 'APIGW.0201', error_msg: 'Backend unavailable' },
    }),
  },
  ...[
    ['a JSON string', 'running'],
    ['an array', [{ state: 'running' }]],
    ['null', null],
    ['a number state', { state: 42 }],
    ['a string error', { state: 'error', error: 'power_off_error' }],
    ['a number operation_state', { state: 'running', operation_state: 7 }],
    ['a number error_code', { state: 'error', error: { error_code: 4101 } }],
  ].map(([what, body]): FaultCase => ({
    name: `a pinned 200 with ${String(what)}`,
    arrange: pinned(body),
    expected: () => ({ status: 502, body: dcw('DCW.UPSTREAM_BAD_RESPONSE') }),
  })),
  {
    name: 'the simulator gone',
    arrange: async (stack) => {
      await stack.stopSimulator();
      return firstPath(stack);
    },
    expected: () => ({ status: 502, body: dcw('DCW.UPSTREAM_UNREACHABLE') }),
  },
  {
    name: 'a simulator slower than the upstream timeout',
    options: {
      simulator: { latencyMs: { min: 300, max: 300 } },
      env: { UPSTREAM_TIMEOUT_MS: '100' },
    },
    arrange: async (stack) => firstPath(stack),
    expected: () => ({ status: 504, body: dcw('DCW.UPSTREAM_TIMEOUT') }),
  },
];

const summary = (res: Answer): Expected => ({
  status: res.status,
  body: res.json(),
  retryAfter: res.headers['retry-after'],
});

describe('upstream faults from the real simulator', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s → the listed answer', async (_name, c) => {
    const stack = await startStack(c.options);
    const res = await stack.get(await c.arrange(stack));
    expect(summary(res)).toEqual({ retryAfter: undefined, ...c.expected(stack) });
  });

  it.each(CASES.map((c) => [c.name, c] as const))(
    'still answers /healthz after %s',
    async (_name, c) => {
      const stack = await startStack(c.options);
      await stack.get(await c.arrange(stack));
      const health = await stack.get('/healthz');
      expect({ status: health.status, body: health.json() }).toEqual({
        status: 200,
        body: { ok: true },
      });
    },
  );
});

describe('bodies the schema accepts', () => {
  it.each([
    ['an unknown state', { state: 'hibernating' }],
    [
      'unknown operation and error types with extra fields',
      {
        state: 'running',
        operation_state: 'defragment-processing',
        error: { error_code: 'CDC.9999', error_type: 'disk_on_fire', hint: 'new field' },
        region: 'ap-southeast-1',
      },
    ],
    ['null fields', { state: 'stopped', operation_state: null, error: null }],
    ['an empty object', {}],
  ])('passes a pinned 200 with %s on unchanged', async (_name, body) => {
    const stack = await startStack();
    const res = await stack.get(await pinned(body)(stack));
    expect({ status: res.status, body: res.json() }).toEqual({ status: 200, body });
  });

  it('serves the fleet again once a pin is removed', async () => {
    const stack = await startStack();
    const id = first(stack);
    await stack.pin(id, { state: 'hibernating' });
    await fetch(`${stack.simUrl}/__admin/projects/${stack.projectId}/instances/${id}`, {
      method: 'DELETE',
    });
    const [proxied, direct] = [await stack.get(firstPath(stack)), await stack.direct(id)];
    expect(proxied.json()).toEqual(direct.json());
  });
});

describe('an upstream answer over the size cap', () => {
  it('is a 502 and the proxy stays up (a declared Content-Length once crashed it)', async () => {
    const stack = await startStack({ env: { UPSTREAM_MAX_RESPONSE_BYTES: '1024' } });
    const id = first(stack);
    await stack.pin(id, { state: 'running', pad: 'x'.repeat(2048) });
    const oversized = await stack.get(stack.statusPath(id));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const health = await stack.get('/healthz');
    expect([oversized.status, oversized.json(), health.status]).toEqual([
      502,
      expect.objectContaining({ error_code: 'DCW.UPSTREAM_BAD_RESPONSE' }),
      200,
    ]);
  });
});
