/** Result of asking a bucket for a slot: wait this long, or come back later. */
export type Reservation = { ok: true; waitMs: number } | { ok: false; retryAfterMs: number };

/**
 * A token bucket where reservations may drive the balance below zero: the deficit is the queue.
 * Pure apart from its own state; time is always passed in.
 * @example new TokenBucket(200, 400, 0).reserve(0, 100, 10_000) → { ok: true, waitMs: 0 }
 */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    readonly ratePerSec: number,
    readonly capacity: number,
    now: number,
  ) {
    this.tokens = capacity;
    this.updatedAt = now;
  }

  private refill(now: number): void {
    const elapsed = Math.max(0, now - this.updatedAt);
    this.tokens = Math.min(this.capacity, this.tokens + (elapsed * this.ratePerSec) / 1000);
    this.updatedAt = now;
  }

  /** Requests already waiting for a token. */
  queued(now: number): number {
    this.refill(now);
    return this.tokens >= 0 ? 0 : Math.ceil(-this.tokens);
  }

  isFull(now: number): boolean {
    this.refill(now);
    return this.tokens >= this.capacity;
  }

  /**
   * Takes one token, waiting behind the queue; refuses when `maxQueued` already wait
   * or the wait would pass `maxWaitMs` (retryAfterMs then says when a slot frees up).
   */
  reserve(now: number, maxQueued: number, maxWaitMs: number): Reservation {
    this.refill(now);
    const after = this.tokens - 1;
    const waitMs = after >= 0 ? 0 : Math.ceil((-after * 1000) / this.ratePerSec);
    if (after < 0 && (Math.ceil(-after) > maxQueued || waitMs > maxWaitMs)) {
      return { ok: false, retryAfterMs: Math.max(1000, waitMs) };
    }
    this.tokens = after;
    return { ok: true, waitMs };
  }
}
