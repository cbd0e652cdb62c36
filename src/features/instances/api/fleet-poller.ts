import { QueryObserver, type QueryClient } from '@tanstack/react-query';
import type { StatusQueryKey } from '../../../lib/query-keys.ts';
import { fleetStatusQueryOptions } from './fleet-status-query.ts';
import { pollingOptions, type PollingSettings } from './polling-options.ts';
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

/**
 * Keeps one QueryObserver per watched instance, outside React, so thousands of instances poll
 * (through the batcher) without a mounted component each. Dropped instances lose their
 * observer and their query is garbage-collected after gcTime.
 */
export class FleetPoller {
  readonly #client: QueryClient;
  readonly #polled = new Map<string, Polled>();
  #settings: PollingSettings | null = null;

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
    const polling = pollingOptions(settings);
    const optionsFor = (ref: InstanceRef) => ({
      ...fleetStatusQueryOptions(ref.projectId, ref.instanceId),
      ...polling,
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
  }

  dispose(): void {
    for (const polled of this.#polled.values()) polled.unsubscribe();
    this.#polled.clear();
    this.#settings = null;
  }
}
