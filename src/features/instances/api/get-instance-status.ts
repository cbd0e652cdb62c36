import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import { usePollingOptions } from './polling-options.ts';
import { parseStatusBody, type StatusData } from './status-answer.ts';

const statusPath = (projectId: string, instanceId: string) =>
  `/api/v1/${encodeURIComponent(projectId)}/instances/${encodeURIComponent(instanceId)}/status`;

/** The single GET route, used by the instance view. */
export function getInstanceStatus(
  projectId: string,
  instanceId: string,
  signal?: AbortSignal,
): Promise<StatusData> {
  return apiRequest(statusPath(projectId, instanceId), { signal, parse: parseStatusBody });
}

export const instanceStatusQueryOptions = (projectId: string, instanceId: string) =>
  queryOptions({
    queryKey: queryKeys.status(projectId, instanceId),
    queryFn: ({ signal }) => getInstanceStatus(projectId, instanceId, signal),
  });

/** The instance view's own polling observer of one instance. */
export function useInstanceStatus(projectId: string, instanceId: string) {
  const polling = usePollingOptions();
  return useQuery({ ...instanceStatusQueryOptions(projectId, instanceId), ...polling });
}
