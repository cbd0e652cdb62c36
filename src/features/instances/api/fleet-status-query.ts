import { queryOptions, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys.ts';
import {
  BATCH_IDS_CEILING,
  createStatusBatcher,
  MAX_BATCH_IDS,
  type StatusBatcher,
  type StatusRequest,
} from './batch-status.ts';
import type { StatusData } from './status-answer.ts';

const batchers = new Map<string, StatusBatcher>();
let batchMaxIds = MAX_BATCH_IDS;

/** The proxy's advertised batch size (from /api/config); batchers are rebuilt when it changes. */
export function setBatchMaxIds(maxIds: number) {
  const next = Math.max(1, Math.min(maxIds, BATCH_IDS_CEILING));
  if (next !== batchMaxIds) {
    batchMaxIds = next;
    batchers.clear();
  }
}

function batcherFor(projectId: string): StatusBatcher {
  let batcher = batchers.get(projectId);
  if (!batcher) {
    batcher = createStatusBatcher(projectId, batchMaxIds);
    batchers.set(projectId, batcher);
  }
  return batcher;
}

function rejectOnAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Fetches one instance through its project's batcher; per-item errors throw like single answers. */
export async function getStatusViaBatch(
  projectId: string,
  instanceId: string,
  signal?: AbortSignal,
): Promise<StatusData> {
  const request: StatusRequest = signal ? { id: instanceId, signal } : { id: instanceId };
  return rejectOnAbort(batcherFor(projectId).fetch(request), signal);
}

export const fleetStatusQueryOptions = (projectId: string, instanceId: string) =>
  queryOptions({
    queryKey: queryKeys.status(projectId, instanceId),
    queryFn: ({ signal }) => getStatusViaBatch(projectId, instanceId, signal),
  });

/**
 * A row's subscription to its own instance: no timers of its own (the fleet poller polls),
 * so a visible row re-renders only when its instance's query changes.
 */
export function useFleetRowStatus(projectId: string, instanceId: string, enabled: boolean) {
  return useQuery({
    ...fleetStatusQueryOptions(projectId, instanceId),
    enabled,
    refetchOnMount: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}
