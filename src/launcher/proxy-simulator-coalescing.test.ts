import { afterEach, describe, expect, it } from 'vitest';
import {
  SIM_TOKEN,
  startStack,
  stopStacks,
  type StackOptions,
} from './integration.test-helpers.ts';

afterEach(stopStacks);

// The proxy's clock stands still, so a cached answer never expires during a test: every request
// after the first is either shared in flight (the simulator takes 50 ms) or served fresh.
const COALESCING: StackOptions = {
  env: { PROXY_FRESHNESS_MS: '1000' },
  simulator: { latencyMs: { min: 50, max: 50 } },
  now: () => 1_000_000,
};

const countBy = (values: readonly (string | number)[]) =>
  values.reduce<Record<string, number>>(
    (acc, v) => ({ ...acc, [v]: (acc[String(v)] ?? 0) + 1 }),
    {},
  );

describe('coalescing over the real wire', () => {
  it('sends one upstream request for 20 concurrent identical ones', async () => {
    const stack = await startStack(COALESCING);
    const id = stack.instanceIds[0] ?? '';
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => stack.get(stack.statusPath(id))),
    );
    expect({
      bodies: new Set(answers.map((a) => `${a.status} ${a.body}`)).size,
      byInstance: (await stack.stats()).byInstance,
    }).toEqual({ bodies: 1, byInstance: { [id]: 1 } });
  });

  it('never shares between two pass-through tokens', async () => {
    const stack = await startStack({ ...COALESCING, proxy: { serverToken: null } });
    const id = stack.instanceIds[0] ?? '';
    const ask = (token: string) => stack.get(stack.statusPath(id), { 'X-Auth-Token': token });
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => ask(i % 2 === 0 ? SIM_TOKEN : 'another-token-5c1e')),
    );
    expect({
      statuses: countBy(answers.map((a) => a.status)),
      byInstance: (await stack.stats()).byInstance,
    }).toEqual({ statuses: { '200': 10, '401': 10 }, byInstance: { [id]: 2 } });
  });

  it('shares upstream calls between a batch and single requests for the same ids', async () => {
    const stack = await startStack(COALESCING);
    const ids = stack.instanceIds.slice(0, 10);
    await Promise.all([
      stack.postBatch({ ids }),
      ...ids.map((id) => stack.get(stack.statusPath(id))),
    ]);
    expect((await stack.stats()).requests).toBe(10);
  });

  it('serves a repeated request from the freshness cache', async () => {
    const stack = await startStack(COALESCING);
    const path = stack.statusPath(stack.instanceIds[0] ?? '');
    await stack.get(path);
    await stack.get(path);
    await expect.poll(() => stack.logs.length).toBe(2);
    expect({
      cache: stack.logs.map((line) => (JSON.parse(line) as { cache: string }).cache),
      upstream: (await stack.stats()).requests,
    }).toEqual({ cache: ['miss', 'fresh'], upstream: 1 });
  });

  it('does not reuse an upstream error: the next request asks again', async () => {
    const stack = await startStack(COALESCING);
    const path = stack.statusPath(stack.instanceIds[0] ?? '');
    await stack.injectFault({ status: 500, count: 1 });
    const statuses = [(await stack.get(path)).status, (await stack.get(path)).status];
    expect({ statuses, upstream: (await stack.stats()).requests }).toEqual({
      statuses: [500, 200],
      upstream: 2,
    });
  });
});
