import { afterEach, describe, expect, it } from 'vitest';
import {
  SIM_TOKEN,
  startStack,
  stopStacks,
  type Answer,
  type StackOptions,
} from './integration.test-helpers.ts';

afterEach(stopStacks);

// Five upstream calls per token, none queued; the proxy's clock stands still so none refill.
const SMALL_BUDGET: StackOptions = {
  env: { UPSTREAM_BUDGET_PER_SEC: '5', UPSTREAM_BUDGET_BURST: '5', UPSTREAM_QUEUE_LIMIT: '0' },
  now: () => 1_000_000,
};

const outcomeOf = (status: number, body: Record<string, unknown>, retryAfter?: string) =>
  [status, body['error_code'], retryAfter].filter((part) => part !== undefined).join(' ');
const outcome = (answer: Answer) =>
  outcomeOf(answer.status, answer.json(), answer.headers['retry-after']);
const countBy = (values: readonly string[]) =>
  values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});

describe("the proxy's own per-token budget", () => {
  it('answers the excess with 429 DCW.BUDGET_EXCEEDED and Retry-After, never asking upstream', async () => {
    const stack = await startStack(SMALL_BUDGET);
    const ids = stack.instanceIds.slice(0, 20);
    const answers = await Promise.all(ids.map((id) => stack.get(stack.statusPath(id))));
    expect({
      outcomes: countBy(answers.map(outcome)),
      upstream: (await stack.stats()).requests,
    }).toEqual({ outcomes: { '200': 5, '429 DCW.BUDGET_EXCEEDED 1': 15 }, upstream: 5 });
  });

  it('refuses the excess items of a batch the same way', async () => {
    const stack = await startStack(SMALL_BUDGET);
    const res = await stack.postBatch({ ids: stack.instanceIds.slice(0, 20) });
    const { items } = res.json() as {
      items: { status: number; body: Record<string, unknown>; retryAfter?: string }[];
    };
    expect({
      outcomes: countBy(items.map((item) => outcomeOf(item.status, item.body, item.retryAfter))),
      upstream: (await stack.stats()).requests,
    }).toEqual({ outcomes: { '200': 5, '429 DCW.BUDGET_EXCEEDED 1': 15 }, upstream: 5 });
  });

  it('counts each pass-through token on its own', async () => {
    const stack = await startStack({ ...SMALL_BUDGET, proxy: { serverToken: null } });
    const ask = (i: number, token: string) =>
      stack.get(stack.statusPath(stack.instanceIds[i] ?? ''), { 'X-Auth-Token': token });
    for (let i = 0; i < 6; i += 1) await ask(i, SIM_TOKEN);
    const other = await ask(6, 'another-token-5c1e');
    expect({ other: other.status, upstream: (await stack.stats()).requests }).toEqual({
      other: 401,
      upstream: 6,
    });
  });
});

describe('an upstream 429 pauses the token', () => {
  it('answers 429 DCW.THROTTLED without asking upstream while the pause outlasts the timeout', async () => {
    const stack = await startStack();
    const [a = '', b = ''] = stack.instanceIds;
    await stack.injectFault({ status: 429, count: 1, retryAfterSeconds: 60 });
    await stack.get(stack.statusPath(a));
    const next = await stack.get(stack.statusPath(b));
    expect({
      status: next.status,
      body: next.json(),
      upstream: (await stack.stats()).requests,
    }).toEqual({
      status: 429,
      body: { error_code: 'DCW.THROTTLED', error_msg: expect.any(String) },
      upstream: 1,
    });
  });

  it('says when to retry: a Retry-After of 1 to 60 s, never more than the upstream asked', async () => {
    const stack = await startStack();
    const [a = '', b = ''] = stack.instanceIds;
    await stack.injectFault({ status: 429, count: 1, retryAfterSeconds: 60 });
    await stack.get(stack.statusPath(a));
    const retryAfter = (await stack.get(stack.statusPath(b))).headers['retry-after'];
    expect(retryAfter).toMatch(/^([1-9]|[1-5][0-9]|60)$/);
  });

  it('holds the next request until a pause shorter than the timeout ends, then asks upstream', async () => {
    const stack = await startStack();
    const [a = '', b = ''] = stack.instanceIds;
    await stack.injectFault({ status: 429, count: 1, retryAfterSeconds: 2 });
    await stack.get(stack.statusPath(a));
    const received = new Promise((resolve) => stack.proxy.server.once('request', resolve));
    const pending = stack.get(stack.statusPath(b));
    await received;
    const whilePaused = (await stack.stats()).requests;
    const next = await pending;
    expect({
      whilePaused,
      status: next.status,
      upstream: (await stack.stats()).requests,
    }).toEqual({ whilePaused: 1, status: 200, upstream: 2 });
  });

  it('does not pause another pass-through token', async () => {
    const stack = await startStack({ proxy: { serverToken: null } });
    const path = stack.statusPath(stack.instanceIds[0] ?? '');
    await stack.injectFault({ status: 429, count: 1, retryAfterSeconds: 60 });
    await stack.get(path, { 'X-Auth-Token': SIM_TOKEN });
    const other = await stack.get(path, { 'X-Auth-Token': 'another-token-5c1e' });
    expect({ other: other.status, upstream: (await stack.stats()).requests }).toEqual({
      other: 401,
      upstream: 2,
    });
  });
});
