/**
 * Nearest-rank percentile of unsorted values (p from 0 to 100); undefined for no values.
 * @example percentile([5, 1, 3, 2, 4], 50) → 3
 */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  if (!(p >= 0 && p <= 100)) throw new RangeError('p must be from 0 to 100');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

export function sum(values: readonly number[]): number {
  return values.reduce((total, v) => total + v, 0);
}

export function mean(values: readonly number[]): number | undefined {
  return values.length === 0 ? undefined : sum(values) / values.length;
}

/** a / b, or undefined when either is missing or b is not a positive number. */
export function ratio(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !(b > 0)) return undefined;
  return a / b;
}

/** Rounds to `digits` decimals (for results, not for comparisons). */
export function round(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/**
 * Upstream requests per instance per freshness window: 1.0 = every instance fetched once per window.
 * @example upstreamPerWindow({ upstreamRequests: 30_000, instances: 1000, durationMs: 30_000, freshnessMs: 1000 }) → 1
 */
export function upstreamPerWindow(input: {
  upstreamRequests: number;
  instances: number;
  durationMs: number;
  freshnessMs: number;
}): number | undefined {
  const windows = input.durationMs / input.freshnessMs;
  return ratio(input.upstreamRequests, input.instances * windows);
}

/** Counts how many items of a sorted-by-time series fall in each `bucketMs` from `startMs`. */
export function countPerBucket(
  times: readonly number[],
  startMs: number,
  endMs: number,
  bucketMs: number,
): number[] {
  const buckets = new Array<number>(Math.max(1, Math.ceil((endMs - startMs) / bucketMs))).fill(0);
  for (const t of times) {
    if (t < startMs || t >= endMs) continue;
    const index = Math.floor((t - startMs) / bucketMs);
    buckets[index] = (buckets[index] ?? 0) + 1;
  }
  return buckets;
}

/**
 * The most events that fall within any `windowMs` span (sliding, not fixed buckets).
 * @example maxInSlidingWindow([0, 5, 9, 12, 30], 10) → 3
 */
export function maxInSlidingWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  let first = 0;
  for (let last = 0; last < sorted.length; last += 1) {
    while ((sorted[last] as number) - (sorted[first] as number) >= windowMs) first += 1;
    best = Math.max(best, last - first + 1);
  }
  return best;
}
