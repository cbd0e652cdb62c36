/** A request budget: `perSecond` refill, up to `burst` saved up. */
export interface RateLimit {
  perSecond: number;
  burst: number;
}

/** Either the request may pass, or it must wait `retryAfterSeconds`. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  take(key: string): RateDecision;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

const ALLOWED: RateDecision = { allowed: true };

/**
 * One token bucket per key (the auth token), refilled from the injected clock.
 * @example createRateLimiter({ perSecond: 1, burst: 1 }, () => 0).take('t') → { allowed: true }
 */
export function createRateLimiter(limit: RateLimit, now: () => number): RateLimiter {
  const buckets = new Map<string, Bucket>();
  return {
    take(key) {
      const at = now();
      let bucket = buckets.get(key);
      if (bucket === undefined) {
        bucket = { tokens: limit.burst, updatedAt: at };
        buckets.set(key, bucket);
      }
      const elapsedS = Math.max(0, at - bucket.updatedAt) / 1000;
      bucket.tokens = Math.min(limit.burst, bucket.tokens + elapsedS * limit.perSecond);
      bucket.updatedAt = at;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return ALLOWED;
      }
      const retryAfterSeconds = Math.max(1, Math.ceil((1 - bucket.tokens) / limit.perSecond));
      return { allowed: false, retryAfterSeconds };
    },
  };
}
