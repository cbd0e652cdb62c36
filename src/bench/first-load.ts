/** A span on the page's performance.now() clock. */
export interface Span {
  start: number;
  end: number;
}

export interface LongTask {
  start: number;
  duration: number;
}

/** Where the time of one first load went: the network, and long tasks on the main thread. */
export interface FirstLoadBreakdown {
  /** Batch requests issued during the load. */
  batches: number;
  /** From the load's start until the last of those batch answers arrived. */
  lastBatchAnswerMs: number | null;
  longTasks: number;
  longTaskTotalMs: number;
  longestTaskMs: number;
}

/**
 * Splits a first load (from `fromMs` until the board showed every state at `doneMs`) into when the
 * last batch answer came and how much long-task time the main thread spent.
 * @example breakdown([{ start: 5, end: 120 }], [{ start: 130, duration: 80 }], 0, 300).lastBatchAnswerMs → 120
 */
export function breakdownFirstLoad(
  batches: readonly Span[],
  tasks: readonly LongTask[],
  fromMs: number,
  doneMs: number,
): FirstLoadBreakdown {
  const during = batches.filter((b) => b.start >= fromMs && b.start <= doneMs);
  const busy = tasks.filter((t) => t.start >= fromMs && t.start <= doneMs);
  const lastEnd = Math.max(...during.map((b) => b.end));
  return {
    batches: during.length,
    lastBatchAnswerMs: during.length === 0 ? null : Math.round(lastEnd - fromMs),
    longTasks: busy.length,
    longTaskTotalMs: Math.round(busy.reduce((total, t) => total + t.duration, 0)),
    longestTaskMs: Math.round(Math.max(0, ...busy.map((t) => t.duration))),
  };
}
