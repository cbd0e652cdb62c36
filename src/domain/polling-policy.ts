import { describeState } from './instance-state.ts';
import type { InstanceStatus } from './instance-status.ts';
import { parseOperationState } from './operation-state.ts';

/** How often a settled instance is polled unless the user chooses otherwise. */
export const DEFAULT_BASE_INTERVAL_MS = 10_000;

const MIN_INTERVAL_MS = 1000;
const MIN_STALE_MS = 30_000;

/**
 * Poll interval for an instance (TanStack `refetchInterval` style): faster while something moves, `false` once terminated.
 * @example pollIntervalMs({ state: 'pending' }, 9000) → 3000; pollIntervalMs({ state: 'terminated' }, 9000) → false
 */
export function pollIntervalMs(status: InstanceStatus | undefined, baseMs: number): number | false {
  const base = Number.isFinite(baseMs) && baseMs > 0 ? baseMs : DEFAULT_BASE_INTERVAL_MS;
  const state = describeState(status?.state);
  if (state.stateClass === 'final') return false;
  const moving =
    state.stateClass === 'transitional' ||
    parseOperationState(status?.operation_state)?.phase === 'processing';
  return moving ? Math.max(MIN_INTERVAL_MS, Math.round(base / 3)) : base;
}

/**
 * Whether data last updated at `updatedAt` is older than 3 poll intervals (at least 30 s); never stale when not polling or never loaded.
 * @example isStale(0, 31_000, 10_000) → true
 */
export function isStale(
  updatedAt: number | undefined,
  now: number,
  intervalMs: number | false,
): boolean {
  if (updatedAt === undefined || intervalMs === false) return false;
  return now - updatedAt > Math.max(MIN_STALE_MS, 3 * intervalMs);
}
