import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { queryKeys } from '../../lib/query-keys.ts';
import { historyKey, resetHistoryStore, useHistoryStore } from '../../stores/history-store.ts';
import { startHistoryRecorder } from './history-recorder.ts';

afterEach(() => {
  vi.useRealTimers();
  resetHistoryStore();
});

describe('startHistoryRecorder', () => {
  it('records status answers into the observed history, one store update per tick', async () => {
    vi.useFakeTimers();
    const client = new QueryClient();
    const stop = startHistoryRecorder(client);
    const updates = vi.fn();
    const unsubscribe = useHistoryStore.subscribe(updates);
    client.setQueryData(queryKeys.status('p', 'a'), { status: { state: 'pending' }, raw: {} });
    client.setQueryData(queryKeys.status('p', 'b'), { status: { state: 'running' }, raw: {} });
    client.setQueryData(['config'], { mode: 'simulator' });
    await vi.advanceTimersByTimeAsync(1);
    expect(updates).toHaveBeenCalledTimes(1);
    expect(Object.keys(useHistoryStore.getState().byInstance).sort()).toEqual([
      historyKey('p', 'a'),
      historyKey('p', 'b'),
    ]);
    unsubscribe();
    stop();
  });
});
