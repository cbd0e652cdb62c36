import { parseRetryAfter } from '../domain/fetch-problem.ts';
import { Coalescer, type CacheOutcome } from './coalescer.ts';
import { mapUpstreamResponse } from './map-upstream-response.ts';
import { ProxyError, type ProxyAnswer } from './proxy-error.ts';
import { redactToken, tokenIdentity } from './token-identity.ts';
import { callUpstream, type UpstreamClientOptions } from './upstream-client.ts';
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

/** Answers "status of this instance for this token": coalesced, budgeted, mapped. */
export type StatusLookup = (
  token: string,
  projectId: string,
  instanceId: string,
  deadlineAt: number,
) => Promise<StatusResult>;

export function createStatusService(options: StatusServiceOptions): StatusLookup {
  const { scheduler, now } = options;
  const coalescer = new Coalescer<Produced>({
    freshnessMs: options.freshnessMs,
    maxEntries: options.cacheMaxEntries,
    isCacheable: ({ answer }) => answer.status === 200 || answer.status === 404,
    now,
  });

  async function produce(
    token: string,
    identity: string,
    projectId: string,
    instanceId: string,
    deadlineAt: number,
  ): Promise<Produced> {
    try {
      const response = await scheduler.run(identity, deadlineAt, () =>
        callUpstream(options, { projectId, instanceId, token, deadlineAt }),
      );
      if (response.status === 429) {
        scheduler.pause(identity, parseRetryAfter(response.retryAfter, now()) ?? DEFAULT_PAUSE_MS);
      }
      const answer = redactToken(mapUpstreamResponse(response), token);
      return { answer, upstreamStatus: response.status };
    } catch (error) {
      if (error instanceof ProxyError) {
        return { answer: redactToken(error.toAnswer(), token), upstreamError: error.code };
      }
      throw error;
    }
  }

  return async (token, projectId, instanceId, deadlineAt) => {
    const identity = tokenIdentity(token);
    const key = `${identity}:${projectId}:${instanceId}`;
    const { value, outcome } = await coalescer.get(key, () =>
      produce(token, identity, projectId, instanceId, deadlineAt),
    );
    return { ...value, cache: outcome };
  };
}
