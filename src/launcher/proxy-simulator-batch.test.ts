import { afterEach, describe, expect, it } from 'vitest';
import { startStack, stopStacks, type Answer, type Stack } from './integration.test-helpers.ts';
import { BATCH_BODY_LIMIT_BYTES, BATCH_MAX_IDS } from '../proxy/proxy-config.ts';

afterEach(stopStacks);

interface Item {
  id: string;
  status: number;
  body: unknown;
  retryAfter?: string;
}

/** What the single route answers for `id`, in the shape of a batch item. */
async function single(stack: Stack, id: string): Promise<Item> {
  const res = await stack.get(stack.statusPath(id));
  const retryAfter = res.headers['retry-after'];
  return {
    id,
    status: res.status,
    body: res.json(),
    ...(retryAfter === undefined ? {} : { retryAfter }),
  };
}

const items = (res: Answer) => (res.json() as { items: Item[] }).items;

describe('the batch route in front of the real simulator', () => {
  it('answers one item per id, in order, each equal to the single route', async () => {
    const stack = await startStack();
    const [a = '', b = '', c = '', d = '', e = '', f = ''] = stack.instanceIds;
    await stack.pin(c, { state: 'hibernating' });
    await stack.pin(d, { state: 42 });
    // Two of each fault: one for the batch, one for the single route.
    await stack.injectFault({ status: 500, count: 2, ids: [e] });
    await stack.injectFault({ status: 401, count: 2, ids: [f] });
    const ids = [a, 'i-not-in-the-fleet', b, c, d, e, f];
    const batch = await stack.postBatch({ ids });
    const singles = [];
    for (const id of ids) singles.push(await single(stack, id));
    expect({ items: items(batch), statuses: singles.map((s) => s.status) }).toEqual({
      items: singles,
      statuses: [200, 404, 200, 200, 502, 500, 401],
    });
  });

  it('passes every fleet status on exactly as the simulator answers it', async () => {
    const stack = await startStack();
    const batch = await stack.postBatch({ ids: stack.instanceIds });
    const direct = [];
    for (const id of stack.instanceIds) {
      direct.push({ id, status: 200, body: (await stack.direct(id)).json() });
    }
    expect(items(batch)).toEqual(direct);
  });

  it('answers with Cache-Control: no-store', async () => {
    const stack = await startStack();
    const res = await stack.postBatch({ ids: stack.instanceIds.slice(0, 2) });
    expect({ status: res.status, cache: res.headers['cache-control'] }).toEqual({
      status: 200,
      cache: 'no-store',
    });
  });

  it('keeps Retry-After on a throttled item', async () => {
    const stack = await startStack();
    const [a = '', b = ''] = stack.instanceIds;
    await stack.injectFault({ status: 429, count: 1, ids: [b], retryAfterSeconds: 7 });
    const res = await stack.postBatch({ ids: [a, b] });
    expect(items(res)).toEqual([
      { id: a, status: 200, body: (await stack.direct(a)).json() },
      {
        id: b,
        status: 429,
        body: { error_code: 'DCW.THROTTLED', error_msg: expect.any(String) },
        retryAfter: '7',
      },
    ]);
  });

  it('asks the simulator once per id, for a batch of the largest size', async () => {
    const stack = await startStack({ simulator: { instances: BATCH_MAX_IDS } });
    await stack.postBatch({ ids: stack.instanceIds });
    const stats = await stack.stats();
    expect({ requests: stats.requests, perId: new Set(Object.values(stats.byInstance)) }).toEqual({
      requests: BATCH_MAX_IDS,
      perId: new Set([1]),
    });
  });
});

describe('batches refused whole, nothing upstream', () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `i-${i}`);

  it.each<[string, string, number, string]>([
    ['one id too many', JSON.stringify({ ids: ids(BATCH_MAX_IDS + 1) }), 400, 'DCW.BAD_REQUEST'],
    ['no ids', '{"ids":[]}', 400, 'DCW.BAD_REQUEST'],
    ['a repeated id', '{"ids":["i-1","i-2","i-1"]}', 400, 'DCW.BAD_REQUEST'],
    ['a traversal id', '{"ids":["i-1","../i-2"]}', 400, 'DCW.BAD_REQUEST'],
    ['a 65-character id', JSON.stringify({ ids: ['a'.repeat(65)] }), 400, 'DCW.BAD_REQUEST'],
    ['an id with a space', '{"ids":["i 1"]}', 400, 'DCW.BAD_REQUEST'],
    ['a number id', '{"ids":[1]}', 400, 'DCW.BAD_REQUEST'],
    ['an array body', '["i-1"]', 400, 'DCW.BAD_REQUEST'],
    ['a body without ids', '{"id":"i-1"}', 400, 'DCW.BAD_REQUEST'],
    ['a body that is not JSON', '{"ids": [', 400, 'DCW.BAD_REQUEST'],
    [
      'a body over the limit',
      JSON.stringify({ ids: ['i-1'], pad: 'x'.repeat(BATCH_BODY_LIMIT_BYTES) }),
      413,
      'DCW.PAYLOAD_TOO_LARGE',
    ],
  ])('%s → %i %s', async (_name, body, status, code) => {
    const stack = await startStack();
    const res = await stack.raw({
      method: 'POST',
      target: stack.batchPath(),
      headers: { 'Content-Type': 'application/json' },
      body,
    });
    expect({
      status: res.status,
      body: res.json(),
      upstream: (await stack.stats()).requests,
    }).toEqual({
      status,
      body: { error_code: code, error_msg: expect.any(String) },
      upstream: 0,
    });
  });

  it('a body that is not application/json → 400', async () => {
    const stack = await startStack();
    const res = await stack.raw({
      method: 'POST',
      target: stack.batchPath(),
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify({ ids: stack.instanceIds.slice(0, 1) }),
    });
    expect({ status: res.status, upstream: (await stack.stats()).requests }).toEqual({
      status: 400,
      upstream: 0,
    });
  });

  it('a hostile project in the batch path → 400', async () => {
    const stack = await startStack();
    const res = await stack.raw({
      method: 'POST',
      target: '/api/v1/a%2Fb/instances/status:batch',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ids: stack.instanceIds.slice(0, 1) }),
    });
    expect({ status: res.status, upstream: (await stack.stats()).requests }).toEqual({
      status: 400,
      upstream: 0,
    });
  });

  it('no token in pass-through mode → 401 DCW.TOKEN_REQUIRED', async () => {
    const stack = await startStack({ proxy: { serverToken: null } });
    const res = await stack.postBatch({ ids: stack.instanceIds.slice(0, 2) });
    expect({
      status: res.status,
      body: res.json(),
      upstream: (await stack.stats()).requests,
    }).toEqual({
      status: 401,
      body: { error_code: 'DCW.TOKEN_REQUIRED', error_msg: expect.any(String) },
      upstream: 0,
    });
  });
});
