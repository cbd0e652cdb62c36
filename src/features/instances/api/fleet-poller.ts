import { focusManager, QueryObserver, type QueryClient } from '@tanstack/react-query';
import type { StatusQueryKey } from '../../../lib/query-keys.ts';
import { fleetStatusQueryOptions } from './fleet-status-query.ts';
import { statusRefetchInterval, type PollingSettings } from './polling-options.ts';
import type { StatusData } from './status-answer.ts';

export interface InstanceRef {
  projectId: string;
  instanceId: string;
}

const refKey = (r: InstanceRef) => `${r.projectId}/${r.instanceId}`;

type StatusObserver = QueryObserver<StatusData, Error, StatusData, StatusData, StatusQueryKey>;

interface Polled {
  observer: StatusObserver;
  unsubscribe: () => void;
}

/** One shared tick for the whole fleet; what falls due within the same tick shares batch requests. */
export const POLL_TICK_MS = 1000;

/**
 * Keeps one QueryObserver per watched instance, outside React, so thousands of instances are
 * cached and garbage-collected like any query, but polls them from ONE timer: every tick, the
 * instances whose interval has (nearly) run out are refetched together, so the batcher fills
 * whole requests instead of thousands of out-of-step timers each sending a partial batch.
 */
export class FleetPoller {
  readonly #client: QueryClient;
  readonly #polled = new Map<string, Polled>();
  #settings: PollingSettings | null = null;
  #timer: ReturnType<typeof setInterval> | null = null;

  constructor(client: QueryClient) {
    this.#client = client;
  }

  get size(): number {
    return this.#polled.size;
  }

  sync(refs: readonly InstanceRef[], settings: PollingSettings): void {
    const wanted = new Map(refs.map((r) => [refKey(r), r]));
    for (const [key, polled] of this.#polled) {
      if (!wanted.has(key)) {
        polled.unsubscribe();
        this.#polled.delete(key);
      }
    }
    const settingsChanged = settings !== this.#settings;
    this.#settings = settings;
    const optionsFor = (ref: InstanceRef) => ({
      ...fleetStatusQueryOptions(ref.projectId, ref.instanceId),
      enabled: !settings.blocked,
      refetchInterval: false as const,
      refetchOnWindowFocus: !settings.paused,
      refetchOnReconnect: !settings.paused,
    });
    for (const [key, ref] of wanted) {
      const existing = this.#polled.get(key);
      if (existing) {
        if (settingsChanged) existing.observer.setOptions(optionsFor(ref));
        continue;
      }
      const observer = new QueryObserver(this.#client, optionsFor(ref));
      this.#polled.set(key, { observer, unsubscribe: observer.subscribe(() => {}) });
    }
    if (this.#polled.size > 0 && this.#timer === null) {
      this.#timer = setInterval(() => this.#tick(), POLL_TICK_MS);
    }
  }

  dispose(): void {
    if (this.#timer !== null) clearInterval(this.#timer);
    this.#timer = null;
    for (const polled of this.#polled.values()) polled.unsubscribe();
    this.#polled.clear();
    this.#settings = null;
  }

  #tick(): void {
    const settings = this.#settings;
    if (settings === null || settings.paused || settings.blocked) return;
    if (!settings.inBackground && !focusManager.isFocused()) return;
    const now = Date.now();
    for (const { observer } of this.#polled.values()) {
      const query = observer.getCurrentQuery();
      const { fetchStatus, dataUpdatedAt, errorUpdatedAt } = query.state;
      if (fetchStatus !== 'idle') continue;
      const interval = statusRefetchInterval(settings, query, now);
      if (interval === false) continue;
      // Half a tick early rather than a whole tick late: keeps instances in step.
      if (now - Math.max(dataUpdatedAt, errorUpdatedAt) >= interval - POLL_TICK_MS / 2) {
        void observer.refetch({ cancelRefetch: false }).catch(() => {});
      }
    }
  }
}
