import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-error.ts';
import { createStatusBatcher, fetchStatusBatch, signalForBatch } from './batch-status.ts';

type Item = { id: string; status: number; body: unknown; retryAfter?: string };

/** A fake batch route: answers each posted id from `answer`, records the id lists it got. */
function stubBatchRoute(answer: (id: string) => Omit<Item, 'id'>) {
  const calls: string[][] = [];
  const fetchMock = vi.fn(async (_url: string, init: RequestInit) => {
    const { ids } = JSON.parse(String(init.body)) as { ids: string[] };
    calls.push(ids);
    const items = ids.map((id) => ({ id, ...answer(id) }));
    return new Response(JSON.stringify({ items }), { status: 200 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock };
}

afterEach(() => vi.unstubAllGlobals());

describe('fetchStatusBatch', () => {
  it('splits more than 100 ids into requests of at most 100 and merges the answers', async () => {
    const { calls } = stubBatchRoute(() => ({ status: 200, body: { state: 'running' } }));
    const ids = Array.from({ length: 250 }, (_, i) => `i-${i}`);
    const results = await fetchStatusBatch('p1', ids);
    expect(calls.map((c) => c.length)).toEqual([100, 100, 50]);
    expect(results.size).toBe(250);
    expect(results.get('i-249')).toEqual({
      status: { state: 'running' },
      raw: { state: 'running' },
    });
  });

  it('posts to the project batch route with unique ids', async () => {
    const { calls, fetchMock } = stubBatchRoute(() => ({ status: 200, body: {} }));
    await fetchStatusBatch('p1', ['a', 'b', 'a']);
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/v1/p1/instances/status:batch');
    expect(calls).toEqual([['a', 'b']]);
  });

  it('turns per-item errors into the same ApiErrors as single answers', async () => {
    stubBatchRoute((id) =>
      id === 'gone'
        ? { status: 404, body: { error_code: 'CDC.404', error_msg: 'Not found' } }
        : id === 'busy'
          ? {
              status: 429,
              body: { error_code: 'DCW.THROTTLED', error_msg: 'slow down' },
              retryAfter: '7',
            }
          : id === 'odd'
            ? { status: 200, body: { state: 42 } }
            : { status: 200, body: { state: 'hibernating', extra: true } },
    );
    const results = await fetchStatusBatch('p1', ['gone', 'busy', 'odd', 'ok']);
    const gone = results.get('gone') as ApiError;
    const busy = results.get('busy') as ApiError;
    expect(gone).toBeInstanceOf(ApiError);
    expect([gone.kind, gone.code]).toEqual(['not-found', 'CDC.404']);
    expect([busy.kind, busy.retryAfterMs]).toEqual(['throttled', 7000]);
    expect((results.get('odd') as ApiError).kind).toBe('invalid-response');
    expect(results.get('ok')).toEqual({
      status: { state: 'hibernating', extra: true },
      raw: { state: 'hibernating', extra: true },
    });
  });

  it('marks an id the proxy left out as invalid-response', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{"items":[]}', { status: 200 })),
    );
    const results = await fetchStatusBatch('p1', ['a']);
    expect((results.get('a') as ApiError).kind).toBe('invalid-response');
  });

  it('rejects the whole batch when the batch request itself fails', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response('{"error_code":"DCW.TOKEN_REQUIRED","error_msg":"no token"}', {
            status: 401,
          }),
      ),
    );
    await expect(fetchStatusBatch('p1', ['a'])).rejects.toMatchObject({ kind: 'unauthorized' });
  });
});

describe('createStatusBatcher', () => {
  it('lets the fetches of one tick share one request', async () => {
    const { calls } = stubBatchRoute((id) => ({
      status: 200,
      body: { state: id === 'a' ? 'running' : 'stopped' },
    }));
    const batcher = createStatusBatcher('p1');
    const [a, b] = await Promise.all([batcher.fetch({ id: 'a' }), batcher.fetch({ id: 'b' })]);
    expect(calls).toEqual([['a', 'b']]);
    expect(a).toMatchObject({ status: { state: 'running' } });
    expect(b).toMatchObject({ status: { state: 'stopped' } });
  });

  it("rejects each query with its own instance's error, not the batch's", async () => {
    stubBatchRoute((id) =>
      id === 'gone'
        ? { status: 404, body: { error_code: 'CDC.1002', error_msg: 'no such instance' } }
        : { status: 200, body: { state: 'running' } },
    );
    const batcher = createStatusBatcher('p1');
    const [gone, fine] = await Promise.allSettled([
      batcher.fetch({ id: 'gone' }),
      batcher.fetch({ id: 'fine' }),
    ]);
    expect([gone, fine]).toMatchObject([
      { status: 'rejected', reason: { kind: 'not-found', code: 'CDC.1002' } },
      { status: 'fulfilled', value: { status: { state: 'running' } } },
    ]);
  });
});

describe('signalForBatch', () => {
  it('aborts only when every query of the batch was cancelled', () => {
    const one = new AbortController();
    const two = new AbortController();
    const signal = signalForBatch([
      { id: 'a', signal: one.signal },
      { id: 'b', signal: two.signal },
    ]);
    one.abort();
    expect(signal.aborted).toBe(false);
    two.abort();
    expect(signal.aborted).toBe(true);
  });
});
