import { problemFromHttp } from '../../../domain/fetch-problem.ts';
import { parseInstanceStatus, type InstanceStatus } from '../../../domain/instance-status.ts';
import { ApiError } from '../../../lib/api-error.ts';

/** What a status query holds: the validated status and the body exactly as it came. */
export interface StatusData {
  status: InstanceStatus;
  raw: unknown;
}

export function parseStatusBody(body: unknown) {
  const parsed = parseInstanceStatus(body);
  return parsed.ok ? { ok: true as const, value: { status: parsed.value, raw: body } } : parsed;
}

/**
 * One item of a batch answer, turned into exactly what the single route would have given:
 * a StatusData for 200, else the same ApiError the fetch wrapper throws.
 */
export function statusFromAnswer(
  status: number,
  body: unknown,
  retryAfter?: string,
  now: number = Date.now(),
): StatusData | ApiError {
  if (status >= 200 && status < 300) {
    const parsed = parseStatusBody(body);
    if (parsed.ok) return parsed.value;
    return new ApiError({
      kind: 'invalid-response',
      status,
      message: `Unexpected answer: ${parsed.reason}`,
    });
  }
  const text = typeof body === 'string' ? body : JSON.stringify(body ?? '');
  return new ApiError(problemFromHttp(status, text, 'application/json', retryAfter, now), now);
}
