import { parseRetryAfter } from '../domain/fetch-problem.ts';
import { Coalescer, type CacheOutcome } from './coalescer.ts';
import { mapUpstreamResponse, type UpstreamResponse } from './map-upstream-response.ts';
import { ProxyError, type ProxyAnswer } from './proxy-error.ts';
import { isFreeOfToken, redactToken, tokenIdentity } from './token-identity.ts';
import { createUpstreamClient, type UpstreamClientOptions } from './upstream-client.ts';
import type { UpstreamScheduler } from './upstream-scheduler.ts';

/** One status answer plus what the request log needs to know about how it was made. */
export interface StatusResult {
  answer: ProxyAnswer;
  cache: CacheOutcome;
  upstreamStatus?: number;
  upstreamError?: string;
}

type Produced = Omit<StatusResult, 'cache'>;

export interface StatusServiceOptions extends UpstreamClientOptions {
  scheduler: UpstreamScheduler;
  freshnessMs: number;
  cacheMaxEntries: number;
}

/** Pause after an upstream 429 that named no Retry-After. */
const DEFAULT_PAUSE_MS = 1000;

/**
 * Answers "status of this instance for this token": coalesced, budgeted, mapped.
 * A fresh cached answer comes back at once (no promise); anything else as a promise.
 */
export type StatusLookup = (
  token: string,
  projectId: string,
  instanceId: string,
  deadlineAt: number,
) => StatusResult | Promise<StatusResult>;

/** Settles an upstream answer for the browser: byte-for-byte when it may be, else redacted. */
function toAnswer(response: UpstreamResponse, token: string): ProxyAnswer {
  const answer = mapUpstreamResponse(response);
  // A 200 that passed the schema goes out as the upstream wrote it when no token can be in it.
  if (answer.status === 200 && isFreeOfToken(response.bodyText, token)) {
    return { ...answer, json: response.bodyText };
  }
  return redactToken(answer, token);
}

export function createStatusService(options: StatusServiceOptions): StatusLookup {
  const { scheduler, now } = options;
  const callUpstream = createUpstreamClient(options);
  const coalescer = new Coalescer<Produced>({
    freshnessMs: options.freshnessMs,
    maxEntries: options.cacheMaxEntries,
    isCacheable: ({ answer }) => answer.status === 200 || answer.status === 404,
    now,
  });

  function produce(
    token: string,
    identity: string,
    projectId: string,
    instanceId: string,
    deadlineAt: number,
  ): Promise<Produced> {
    return scheduler
      .run(identity, deadlineAt, () => callUpstream({ projectId, instanceId, token, deadlineAt }))
      .then(
        (response): Produced => {
          if (response.status === 429) {
            const pauseMs = parseRetryAfter(response.retryAfter, now()) ?? DEFAULT_PAUSE_MS;
            scheduler.pause(identity, pauseMs);
          }
          return { answer: toAnswer(response, token), upstreamStatus: response.status };
        },
        (error: unknown): Produced => {
          if (error instanceof ProxyError) {
            return { answer: redactToken(error.toAnswer(), token), upstreamError: error.code };
          }
          throw error;
        },
      );
  }

  return (token, projectId, instanceId, deadlineAt) => {
    const identity = tokenIdentity(token);
    const key = `${identity}:${projectId}:${instanceId}`;
    const fresh = coalescer.fresh(key);
    if (fresh !== undefined) return { ...fresh, cache: 'fresh' };
    const pending = coalescer.pending(key);
    if (pending !== undefined) return pending.then((value) => ({ ...value, cache: 'shared' }));
    return coalescer
      .start(key, () => produce(token, identity, projectId, instanceId, deadlineAt))
      .then((value) => ({ ...value, cache: 'miss' }));
  };
}
