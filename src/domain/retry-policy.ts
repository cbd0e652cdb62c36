import type { FetchProblem, FetchProblemKind } from './fetch-problem.ts';

const MAX_TRIES = 4;
const BASE_DELAY_MS = 1000;
const MAX_DELAY_MS = 60_000;

const RETRYABLE: Record<FetchProblemKind, boolean> = {
  unauthorized: false,
  forbidden: false,
  'not-found': false,
  'bad-request': false,
  throttled: true,
  server: true,
  'bad-gateway': true,
  timeout: true,
  network: true,
  'invalid-response': true,
};

/**
 * TanStack `retry`: `failureCount` is the number of failures before this one (0 on the first), so at most 4 tries.
 * @example shouldRetry(0, { kind: 'server', message: '' }) → true; shouldRetry(0, { kind: 'unauthorized', message: '' }) → false
 */
export function shouldRetry(failureCount: number, problem: FetchProblem): boolean {
  return RETRYABLE[problem.kind] && failureCount < MAX_TRIES - 1;
}

/**
 * TanStack `retryDelay`: the server's Retry-After when throttled, else full-jitter backoff from 1 s, capped at 60 s.
 * @example retryDelayMs(2, { kind: 'server', message: '' }, () => 0.5) → 2000
 */
export function retryDelayMs(
  failureCount: number,
  problem: FetchProblem,
  random: () => number = Math.random,
): number {
  if (problem.kind === 'throttled' && problem.retryAfterMs !== undefined)
    return problem.retryAfterMs;
  const attempt = Number.isFinite(failureCount) ? Math.max(0, Math.floor(failureCount)) : 0;
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.min(attempt, 30));
  const r = random();
  const share = Number.isFinite(r) ? Math.min(Math.max(r, 0), 1) : 1;
  return Math.round(share * ceiling);
}
