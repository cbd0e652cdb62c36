/** How an answer was obtained: a new upstream call, a call already in flight, or the freshness cache. */
export type CacheOutcome = 'miss' | 'shared' | 'fresh';

export interface CoalescerOptions<T> {
  /** How long a cacheable answer is reused; 0 shares only calls in flight. */
  freshnessMs: number;
  maxEntries: number;
  isCacheable: (value: T) => boolean;
  now?: () => number;
}

interface Entry<T> {
  value: T;
  expiresAt: number;
}

/**
 * Shares identical calls in flight and reuses cacheable answers for a freshness window.
 * The cache is bounded: expired entries are swept, then the least recently used go.
 * @example await coalescer.get('tokenhash:p1:i-1', () => fetchStatus()) → { value, outcome: 'miss' }
 */
export class Coalescer<T> {
  private readonly inFlight = new Map<string, Promise<T>>();
  private readonly cache = new Map<string, Entry<T>>();
  private readonly now: () => number;

  constructor(private readonly options: CoalescerOptions<T>) {
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.cache.size;
  }

  /** The fresh cached value for `key` (marked recently used), else undefined; drops a stale one. */
  fresh(key: string): T | undefined {
    const cached = this.cache.get(key);
    if (cached === undefined) return undefined;
    this.cache.delete(key);
    if (cached.expiresAt <= this.now()) return undefined;
    this.cache.set(key, cached);
    return cached.value;
  }

  /** The call in flight for `key`, if any. */
  pending(key: string): Promise<T> | undefined {
    return this.inFlight.get(key);
  }

  /** Starts `produce` for `key`, shares it while in flight and caches a cacheable result. */
  start(key: string, produce: () => Promise<T>): Promise<T> {
    let started: Promise<T>;
    try {
      started = produce();
    } catch (error) {
      started = Promise.reject(error);
    }
    const call = started.then(
      (value) => {
        this.inFlight.delete(key);
        if (this.options.freshnessMs > 0 && this.options.isCacheable(value)) this.store(key, value);
        return value;
      },
      (error: unknown) => {
        this.inFlight.delete(key);
        throw error;
      },
    );
    this.inFlight.set(key, call);
    return call;
  }

  get(key: string, produce: () => Promise<T>): Promise<{ value: T; outcome: CacheOutcome }> {
    const cached = this.fresh(key);
    if (cached !== undefined) return Promise.resolve({ value: cached, outcome: 'fresh' });
    const pending = this.inFlight.get(key);
    if (pending) return pending.then((value) => ({ value, outcome: 'shared' }));
    return this.start(key, produce).then((value) => ({ value, outcome: 'miss' }));
  }

  private store(key: string, value: T): void {
    const now = this.now();
    if (this.cache.size >= this.options.maxEntries) {
      for (const [k, entry] of this.cache) if (entry.expiresAt <= now) this.cache.delete(k);
    }
    while (this.cache.size >= this.options.maxEntries) {
      const oldest = this.cache.keys().next();
      if (oldest.done) break;
      this.cache.delete(oldest.value);
    }
    this.cache.set(key, { value, expiresAt: now + this.options.freshnessMs });
  }
}
