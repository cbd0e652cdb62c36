import { timingSafeEqual } from 'node:crypto';
import type { FaultQueue } from './faults.ts';
import type { Fleet } from './fleet.ts';
import type { RateLimit, RateLimiter } from './rate-limiter.ts';
import { JSON_TYPE, type Reply } from './reply.ts';
import {
  INTERNAL_ERROR,
  instanceNotFound,
  MISSING_TOKEN,
  projectNotFound,
  throttled,
  WRONG_TOKEN,
} from './upstream-replies.ts';

export interface StatusRouteDeps {
  fleet: Fleet;
  token: string;
  /** Bodies pinned by the admin API, keyed `projectId/instanceId`. */
  pins: ReadonlyMap<string, string>;
  faults: FaultQueue;
  limiter: RateLimiter | null;
  rateLimit: RateLimit | null;
  errorRate: number;
  random: () => number;
  /** Simulated ms since the fleet started. */
  simNow: () => number;
}

/** Answers `GET /v1/{project_id}/instances/{id}/status` the way the cloud would. */
export type StatusRoute = (
  projectId: string,
  instanceId: string,
  token: string | undefined,
) => Reply;

function tokenChecker(expected: string): (given: string) => boolean {
  const wanted = Buffer.from(expected);
  return (given) => {
    const got = Buffer.from(given);
    return got.length === wanted.length && timingSafeEqual(got, wanted);
  };
}

export function createStatusRoute(deps: StatusRouteDeps): StatusRoute {
  const { fleet, pins, faults, limiter, errorRate, random, simNow } = deps;
  const isToken = tokenChecker(deps.token);
  const throttleText =
    deps.rateLimit === null
      ? undefined
      : `The throttling threshold has been reached: policy user over ratelimit,limit:${deps.rateLimit.perSecond},time:1 second`;
  const ok = (body: string): Reply => ({ status: 200, body, contentType: JSON_TYPE });

  return (projectId, instanceId, token) => {
    if (token === undefined || token === '') return MISSING_TOKEN;
    if (!isToken(token)) return WRONG_TOKEN;
    const fault = faults.take(instanceId);
    if (fault !== undefined) return fault;
    if (limiter !== null) {
      const decision = limiter.take(token);
      if (!decision.allowed) return throttled(decision.retryAfterSeconds, throttleText);
    }
    if (errorRate > 0 && random() < errorRate) return INTERNAL_ERROR;
    const pinned = pins.size === 0 ? undefined : pins.get(`${projectId}/${instanceId}`);
    if (pinned !== undefined) return ok(pinned);
    if (projectId !== fleet.projectId) return projectNotFound(projectId);
    const body = fleet.bodyAt(instanceId, simNow());
    return body === undefined ? instanceNotFound(instanceId) : ok(body);
  };
}
