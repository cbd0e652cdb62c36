/**
 * When one polling client starts its ticks: every `intervalMs` from `offsetMs`, before `durationMs`.
 * @example tickTimes(500, 2000, 6000) → [500, 2500, 4500]
 */
export function tickTimes(offsetMs: number, intervalMs: number, durationMs: number): number[] {
  if (!(intervalMs > 0)) throw new RangeError('intervalMs must be above 0');
  const times: number[] = [];
  for (let t = offsetMs; t < durationMs; t += intervalMs) times.push(t);
  return times;
}

/**
 * Client start offsets spread evenly over one interval, as independent browsers would be.
 * @example clientOffsets(4, 2000) → [0, 500, 1000, 1500]
 */
export function clientOffsets(clients: number, intervalMs: number): number[] {
  return Array.from({ length: clients }, (_, i) => Math.round((i * intervalMs) / clients));
}

/**
 * Splits `items` into consecutive groups of at most `size`.
 * @example chunk(['a', 'b', 'c'], 2) → [['a', 'b'], ['c']]
 */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!(size >= 1)) throw new RangeError('size must be at least 1');
  const groups: T[][] = [];
  for (let i = 0; i < items.length; i += size) groups.push(items.slice(i, i + size));
  return groups;
}
