import type { QueryClient } from '@tanstack/react-query';
import { parseStatusKey } from '../../lib/query-keys.ts';
import { useHistoryStore, type Observation } from '../../stores/history-store.ts';
import type { StatusData } from '../instances/api/status-answer.ts';

/**
 * Records every status answer into the observed history. Observations are buffered and flushed
 * once per tick, so a batch of a hundred answers is one store update.
 */
export function startHistoryRecorder(client: QueryClient): () => void {
  let buffer: Observation[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    const observations = buffer;
    buffer = [];
    useHistoryStore.getState().recordMany(observations);
  };
  const unsubscribe = client.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success') return;
    const ref = parseStatusKey(event.query.queryKey);
    const data = event.action.data as StatusData | undefined;
    if (!ref || !data?.status) return;
    const { state, operation_state: operationState } = data.status;
    buffer.push({
      ...ref,
      ...(typeof state === 'string' ? { state } : {}),
      ...(typeof operationState === 'string' ? { operationState } : {}),
      at: event.action.dataUpdatedAt ?? Date.now(),
    });
    timer ??= setTimeout(flush, 0);
  });
  return () => {
    unsubscribe();
    clearTimeout(timer);
    if (buffer.length > 0) flush();
  };
}
