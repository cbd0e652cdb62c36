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

  async get(key: string, produce: () => Promise<T>): Promise<{ value: T; outcome: CacheOutcome }> {
    const cached = this.cache.get(key);
    if (cached && cached.expiresAt > this.now()) {
      this.cache.delete(key);
      this.cache.set(key, cached);
      return { value: cached.value, outcome: 'fresh' };
    }
    if (cached) this.cache.delete(key);
    const pending = this.inFlight.get(key);
    if (pending) return { value: await pending, outcome: 'shared' };
    const call = this.start(key, produce);
    return { value: await call, outcome: 'miss' };
  }

  private start(key: string, produce: () => Promise<T>): Promise<T> {
    const call = new Promise<T>((resolve) => resolve(produce())).then(
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
