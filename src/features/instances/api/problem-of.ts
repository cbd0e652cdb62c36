import { ApiError, isApiError } from '../../../lib/api-error.ts';

interface ProblemSource {
  error: Error | null;
  fetchFailureReason?: Error | null;
  fetchStatus: 'fetching' | 'paused' | 'idle';
}

/**
 * The fetch problem to show for a status query: the final error, or while retrying the last
 * failure (so a 429 countdown shows during the Retry-After wait). Never an instance state.
 */
export function problemOf(source: ProblemSource): ApiError | null {
  const error =
    source.error ??
    (source.fetchStatus === 'fetching' ? (source.fetchFailureReason ?? null) : null);
  if (error === null) return null;
  if (isApiError(error)) return error;
  if (error.name === 'AbortError' || error.name === 'CancelledError') return null;
  return new ApiError({ kind: 'invalid-response', message: error.message || 'Unexpected error.' });
}
