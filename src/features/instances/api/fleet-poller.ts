import { focusManager, QueryObserver, type QueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../lib/api-error.ts';
import type { StatusQueryKey } from '../../../lib/query-keys.ts';
import { fleetStatusQueryOptions } from './fleet-status-query.ts';
import { pollIntervalMs } from '../../../domain/polling-policy.ts';
import type { PollingSettings } from './polling-options.ts';
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
  /** The tick of the last poll; set a few ticks back for new instances, to spread a large fleet. */
  lastTick: number;
  /** The interval in ticks, worked out again only when the data or the base interval changes. */
  ticks: number | false;
  ticksFor: { data: unknown; baseMs: number } | null;
}

/** One shared tick for the whole fleet; what falls due within the same tick shares batch requests. */
export const POLL_TICK_MS = 500;
/**
 * A fleet larger than this is spread over the ticks of an interval, so that each tick sends a few
 * full batches, with room for the faster-polled changing instances, under the browser's six
 * connections to one host (measured at 5,000: 500 a tick still queued 140 ms at p95).
 */
export const SPREAD_PER_TICK = 300;

const ticksFor = (ms: number) => Math.max(1, Math.round(ms / POLL_TICK_MS));

/** A stable small number from an ID (FNV-1a), so an instance keeps its place in the spread. */
function phaseOf(key: string, slots: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % slots;
}

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
  #tickCount = 0;

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
    const slots = Math.min(ticksFor(settings.baseMs), Math.ceil(wanted.size / SPREAD_PER_TICK));
    for (const [key, ref] of wanted) {
      const existing = this.#polled.get(key);
      if (existing) {
        if (settingsChanged) existing.observer.setOptions(optionsFor(ref));
        continue;
      }
      const observer = new QueryObserver(this.#client, optionsFor(ref));
      const lastTick = this.#tickCount - phaseOf(key, slots);
      const unsubscribe = observer.subscribe(() => {});
      this.#polled.set(key, { observer, unsubscribe, lastTick, ticks: false, ticksFor: null });
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
    const tick = ++this.#tickCount;
    const settings = this.#settings;
    if (settings === null || settings.paused || settings.blocked) return;
    if (!settings.inBackground && !focusManager.isFocused()) return;
    const now = Date.now();
    for (const polled of this.#polled.values()) {
      const { data, error, fetchStatus } = polled.observer.getCurrentQuery().state;
      if (fetchStatus !== 'idle') continue;
      const seen = polled.ticksFor;
      if (seen === null || seen.data !== data || seen.baseMs !== settings.baseMs) {
        const interval = pollIntervalMs(data?.status, settings.baseMs);
        polled.ticks = interval === false ? false : ticksFor(interval);
        polled.ticksFor = { data, baseMs: settings.baseMs };
      }
      if (polled.ticks === false || tick - polled.lastTick < polled.ticks) continue;
      if (isApiError(error) && error.retryAt !== undefined && error.retryAt > now) continue;
      // Counted in ticks from the last poll, not from the answer, so latency never shifts the phase.
      polled.lastTick = tick;
      void polled.observer.refetch({ cancelRefetch: false }).catch(() => {});
    }
  }
}
