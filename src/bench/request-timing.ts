import { countPerBucket, maxInSlidingWindow, percentile } from './stats.ts';

/** What the bench keeps of one browser request (CDP Network events; times in ms, monotonic). */
export interface RequestRecord {
  url: string;
  method: string;
  /** `requestWillBeSent.timestamp` × 1000. */
  queuedAt: number;
  /** Time from queued to the first byte sent (`timing.requestTime` + `sendStart`), if it was sent. */
  waitMs?: number;
  status?: number;
}

/** The CDP `ResourceTiming` fields the wait needs. */
export interface SendTiming {
  /** Seconds, same clock as `requestWillBeSent.timestamp`. */
  requestTime: number;
  /** Milliseconds after requestTime; -1 when not sent. */
  sendStart: number;
}

/**
 * How long a request waited in the browser before its first byte went out (queueing for a
 * connection, stalls): send start − the moment the page issued it. Undefined if never sent.
 * @example requestWaitMs(100.0, { requestTime: 100.004, sendStart: 1 }) → 5
 */
export function requestWaitMs(
  queuedAtS: number,
  timing: SendTiming | undefined,
): number | undefined {
  if (timing === undefined || timing.sendStart < 0) return undefined;
  const wait = timing.requestTime * 1000 + timing.sendStart - queuedAtS * 1000;
  return Math.max(0, Math.round(wait * 1000) / 1000);
}

export interface RequestWindowStats {
  requests: number;
  /** Requests in each whole 10 s of the window. */
  per10s: number[];
  /** The most requests in any 10 s of the window (sliding). */
  maxPer10s: number;
  waitP95Ms: number | undefined;
  waitMaxMs: number | undefined;
  byPath: Record<string, number>;
}

const pathKind = (url: string) => {
  try {
    return new URL(url).pathname.replace(/\/v1\/[^/]+\/instances\/.*/, '/v1/…/instances/…');
  } catch {
    return url;
  }
};

/** Requests issued in [startMs, endMs): how many per 10 s, and their waits. */
export function requestWindowStats(
  records: readonly RequestRecord[],
  startMs: number,
  endMs: number,
): RequestWindowStats {
  const inWindow = records.filter((r) => r.queuedAt >= startMs && r.queuedAt < endMs);
  const times = inWindow.map((r) => r.queuedAt);
  // Whole 10 s buckets only: a last sliver would show as a misleadingly quiet bucket.
  const wholeEnd = startMs + Math.max(1, Math.floor((endMs - startMs) / 10_000)) * 10_000;
  const per10s = countPerBucket(times, startMs, Math.min(endMs, wholeEnd), 10_000);
  const waits = inWindow.flatMap((r) => (r.waitMs === undefined ? [] : [r.waitMs]));
  const byPath: Record<string, number> = {};
  for (const r of inWindow) {
    const key = `${r.method} ${pathKind(r.url)}`;
    byPath[key] = (byPath[key] ?? 0) + 1;
  }
  return {
    requests: inWindow.length,
    per10s,
    maxPer10s: maxInSlidingWindow(times, 10_000),
    waitP95Ms: percentile(waits, 95),
    waitMaxMs: percentile(waits, 100),
    byPath,
  };
}
