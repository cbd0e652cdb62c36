import { QueryCache, QueryClient } from '@tanstack/react-query';
import { retryDelayMs, shouldRetry } from '../domain/retry-policy.ts';
import { isApiError } from '../lib/api-error.ts';
import { parseStatusKey } from '../lib/query-keys.ts';
import { useAuthStore } from '../stores/auth-store.ts';

/** `retry` for every query: the domain policy for ApiErrors, no retry for anything else. */
export function retryQuery(failureCount: number, error: Error): boolean {
  return isApiError(error) && shouldRetry(failureCount, error.problem);
}

export function retryDelayQuery(failureCount: number, error: Error): number {
  return isApiError(error) ? retryDelayMs(failureCount, error.problem) : 1000;
}

/** Statuses of instances nobody looks at are dropped after a minute. */
export const STATUS_GC_TIME_MS = 60_000;

export function createAppQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (isApiError(error) && error.kind === 'unauthorized') {
          useAuthStore.getState().markUnauthorized();
        }
      },
      onSuccess: (_data, query) => {
        if (parseStatusKey(query.queryKey)) useAuthStore.getState().markAuthorized();
      },
    }),
    defaultOptions: {
      queries: {
        retry: retryQuery,
        retryDelay: retryDelayQuery,
        gcTime: STATUS_GC_TIME_MS,
        staleTime: 1_000,
        refetchOnWindowFocus: true,
        refetchIntervalInBackground: false,
      },
    },
  });
}
