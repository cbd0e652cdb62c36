import { focusManager, QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { queryKeys } from '../../../lib/query-keys.ts';
import { FleetPoller, POLL_TICK_MS, SPREAD_PER_TICK } from './fleet-poller.ts';
import type { PollingSettings } from './polling-options.ts';

const settings: PollingSettings = {
  baseMs: 10_000,
  paused: false,
  inBackground: false,
  blocked: false,
};
const refs = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ projectId: 'p1', instanceId: `i-${i}` }));

function stubBatchRoute() {
  const calls: string[][] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const { ids } = JSON.parse(String(init.body)) as { ids: string[] };
      calls.push(ids);
      return new Response(
        JSON.stringify({
          items: ids.map((id) => ({ id, status: 200, body: { state: 'running' } })),
        }),
      );
    }),
  );
  return calls;
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('FleetPoller', () => {
  it('keeps one query per instance but fetches a tick in batches of at most 100', async () => {
    vi.useFakeTimers();
    const calls = stubBatchRoute();
    const client = new QueryClient();
    const poller = new FleetPoller(client);
    poller.sync(refs(250), settings);
    await vi.advanceTimersByTimeAsync(50);
    expect(calls.map((c) => c.length).sort((a, b) => b - a)).toEqual([100, 100, 50]);
    expect(client.getQueryCache().findAll({ queryKey: ['instances', 'p1'] })).toHaveLength(250);
    expect(client.getQueryData(queryKeys.status('p1', 'i-7'))).toMatchObject({
      status: { state: 'running' },
    });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toHaveLength(6);
    poller.dispose();
  });

  it('stops polling a dropped instance and lets its query be garbage-collected', async () => {
    vi.useFakeTimers();
    stubBatchRoute();
    const client = new QueryClient({ defaultOptions: { queries: { gcTime: 1000 } } });
    const poller = new FleetPoller(client);
    poller.sync(refs(2), settings);
    await vi.advanceTimersByTimeAsync(50);
    poller.sync(refs(1), settings);
    expect(
      client
        .getQueryCache()
        .find({ queryKey: queryKeys.status('p1', 'i-1') })
        ?.getObserversCount(),
    ).toBe(0);
    await vi.advanceTimersByTimeAsync(1500);
    expect(
      client.getQueryCache().find({ queryKey: queryKeys.status('p1', 'i-1') }),
    ).toBeUndefined();
    expect(client.getQueryCache().find({ queryKey: queryKeys.status('p1', 'i-0') })).toBeDefined();
    poller.dispose();
  });

  it('stops all polling while paused', async () => {
    vi.useFakeTimers();
    const calls = stubBatchRoute();
    const poller = new FleetPoller(new QueryClient());
    poller.sync(refs(3), settings);
    await vi.advanceTimersByTimeAsync(50);
    poller.sync(refs(3), { ...settings, paused: true });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(1);
    poller.dispose();
  });
});

describe('FleetPoller alignment', () => {
  it('polls instances that started out of step in the same tick, so batches stay full', async () => {
    vi.useFakeTimers();
    const calls = stubBatchRoute();
    const poller = new FleetPoller(new QueryClient());
    poller.sync(refs(150), settings);
    await vi.advanceTimersByTimeAsync(300);
    poller.sync(refs(200), settings);
    await vi.advanceTimersByTimeAsync(50);
    const firstRound = calls.length;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls.slice(firstRound).map((c) => c.length)).toEqual([100, 100]);
    poller.dispose();
  });

  it('does not poll while the tab is hidden, unless asked to poll in the background', async () => {
    vi.useFakeTimers();
    const calls = stubBatchRoute();
    const poller = new FleetPoller(new QueryClient());
    poller.sync(refs(3), settings);
    await vi.advanceTimersByTimeAsync(50);
    focusManager.setFocused(false);
    await vi.advanceTimersByTimeAsync(30_000);
    const hidden = calls.length;
    poller.sync(refs(3), { ...settings, inBackground: true });
    await vi.advanceTimersByTimeAsync(10_000);
    focusManager.setFocused(undefined);
    expect([hidden, calls.length]).toEqual([1, 2]);
    poller.dispose();
  });
});

describe('FleetPoller spread', () => {
  it('spreads a large fleet over the interval: a few full batches a tick, each instance once', async () => {
    vi.useFakeTimers();
    const calls = stubBatchRoute();
    const poller = new FleetPoller(new QueryClient());
    poller.sync(refs(2000), settings);
    await vi.advanceTimersByTimeAsync(50);
    const firstLoad = calls.length;
    const perTick: number[] = [];
    for (let tick = 0; tick < 10_000 / POLL_TICK_MS; tick++) {
      const before = calls.flat().length;
      await vi.advanceTimersByTimeAsync(POLL_TICK_MS);
      perTick.push(calls.flat().length - before);
    }
    const polled = new Set(calls.slice(firstLoad).flat());
    expect({
      firstLoad,
      busiestTick: Math.max(...perTick) <= 1.5 * SPREAD_PER_TICK,
      ticksUsed: perTick.filter((n) => n > 0).length,
      polledOnce: polled.size === 2000 && calls.slice(firstLoad).flat().length === 2000,
    }).toEqual({
      firstLoad: 20,
      busiestTick: true,
      ticksUsed: Math.ceil(2000 / SPREAD_PER_TICK),
      polledOnce: true,
    });
    poller.dispose();
  });
});
