import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../lib/query-keys.ts';
import { fleetItemOf, type FleetEntry, type FleetItem } from './fleet-item.ts';

const keyOf = (e: { projectId: string; instanceId: string }) => `${e.projectId}/${e.instanceId}`;

interface Known {
  entry: FleetEntry;
  data: unknown;
  error: unknown;
  item: FleetItem;
}

/**
 * The board's items, rebuilt incrementally: an item is recomputed only when its entry or its
 * query's data or error object changed (React Query keeps `data` identical when an answer
 * repeats the last one), and the same array comes back when nothing changed, so counts, filters
 * and sort downstream do no work for the thousands of polls that change nothing.
 */
export class FleetItemsTracker {
  readonly #client: QueryClient;
  readonly #known = new Map<string, Known>();
  #entries: readonly FleetEntry[] = [];
  #items: FleetItem[] = [];
  #dirty = new Set<string>();
  #all = true;

  constructor(client: QueryClient) {
    this.#client = client;
  }

  /** Marks one instance for a recheck at the next `items()`. */
  touch(projectId: string, instanceId: string): void {
    this.#dirty.add(keyOf({ projectId, instanceId }));
  }

  items(entries: readonly FleetEntry[]): FleetItem[] {
    if (entries !== this.#entries) {
      this.#entries = entries;
      this.#all = true;
    }
    if (!this.#all && this.#dirty.size === 0) return this.#items;
    let changed = this.#all;
    const next = this.#all ? entries.map((entry) => this.#itemOf(entry)) : this.#items.slice();
    if (!this.#all) {
      for (let i = 0; i < entries.length; i++) {
        const entry = entries[i] as FleetEntry;
        if (!this.#dirty.has(keyOf(entry))) continue;
        const item = this.#itemOf(entry);
        if (item !== next[i]) {
          next[i] = item;
          changed = true;
        }
      }
    } else if (this.#known.size > entries.length) {
      const wanted = new Set(entries.map(keyOf));
      for (const key of this.#known.keys()) if (!wanted.has(key)) this.#known.delete(key);
    }
    this.#all = false;
    this.#dirty.clear();
    if (changed) this.#items = next;
    return this.#items;
  }

  #itemOf(entry: FleetEntry): FleetItem {
    const key = keyOf(entry);
    const state = this.#client.getQueryState(queryKeys.status(entry.projectId, entry.instanceId));
    const known = this.#known.get(key);
    if (
      known &&
      known.entry === entry &&
      known.data === state?.data &&
      known.error === state?.error
    ) {
      return known.item;
    }
    const item = fleetItemOf(this.#client, entry);
    this.#known.set(key, { entry, data: state?.data, error: state?.error, item });
    return item;
  }
}
