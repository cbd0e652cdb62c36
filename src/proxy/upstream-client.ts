import type { Dispatcher } from 'undici';
import { DeadlineWatch } from './deadline-watch.ts';
import type { UpstreamResponse } from './map-upstream-response.ts';
import { upstreamTimeout } from './proxy-error.ts';
import { StatusCall } from './status-call.ts';

export interface UpstreamCall {
  projectId: string;
  instanceId: string;
  token: string;
  deadlineAt: number;
}

export interface UpstreamClientOptions {
  /** Base URL without a trailing slash; may carry a base path. */
  endpoint: string;
  dispatcher: Dispatcher;
  maxResponseBytes: number;
  now: () => number;
}

/** Makes one upstream call; see `createUpstreamClient`. */
export type UpstreamClient = (call: UpstreamCall) => Promise<UpstreamResponse>;

/** Splits a base URL that may carry a path into the origin and the path prefix. */
function splitEndpoint(endpoint: string): { origin: string; basePath: string } {
  const url = new URL(endpoint);
  return { origin: url.origin, basePath: url.pathname.replace(/\/+$/, '') };
}

/**
 * ShowInstanceStatus calls with a total deadline (headers and body), no redirects followed,
 * only Accept and X-Auth-Token sent, and a cap on the body size.
 */
export function createUpstreamClient(options: UpstreamClientOptions): UpstreamClient {
  const { origin, basePath } = splitEndpoint(options.endpoint);
  const { dispatcher, maxResponseBytes, now } = options;
  const watch = new DeadlineWatch();
  return (call) => {
    const remaining = call.deadlineAt - now();
    if (remaining <= 0) return Promise.reject(upstreamTimeout());
    return new Promise<UpstreamResponse>((resolve, reject) => {
      const handler = new StatusCall(maxResponseBytes, watch, resolve, reject);
      watch.add(handler, remaining);
      try {
        dispatcher.dispatch(
          {
            origin,
            path: `${basePath}/v1/${call.projectId}/instances/${call.instanceId}/status`,
            method: 'GET',
            headers: ['accept', 'application/json', 'x-auth-token', call.token],
          },
          handler,
        );
      } catch (error) {
        handler.onResponseError(undefined, error as Error);
      }
    });
  };
}
