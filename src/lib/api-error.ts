import type { FetchProblem, FetchProblemKind } from '../domain/fetch-problem.ts';

/** Every failed request to the proxy, typed: the problem plus when a retry is allowed (429). */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly problem: FetchProblem;
  /** Epoch ms before which the server asked us not to retry (from Retry-After). */
  readonly retryAt: number | undefined;

  constructor(problem: FetchProblem, receivedAt: number = Date.now()) {
    super(problem.message);
    this.problem = problem;
    this.retryAt =
      problem.retryAfterMs === undefined ? undefined : receivedAt + problem.retryAfterMs;
  }

  get kind(): FetchProblemKind {
    return this.problem.kind;
  }

  get status(): number | undefined {
    return this.problem.status;
  }

  get code(): string | undefined {
    return this.problem.code;
  }

  get retryAfterMs(): number | undefined {
    return this.problem.retryAfterMs;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/** `apiErrorOf(kind, message)` for problems that never had an HTTP answer. */
export function apiErrorOf(kind: FetchProblemKind, message: string): ApiError {
  return new ApiError({ kind, message });
}
