import { useSyncExternalStore } from 'react';

/*
 * One clock for the whole app: a single 1 s interval, started by the first subscriber and stopped
 * when the last one leaves. Components never start their own timers.
 */
const TICK_MS = 1000;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;
let now = Date.now();

function tick(): void {
  now = Date.now();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === undefined) {
    // The clock may have slept; React re-reads the snapshot after subscribing and re-renders if it moved.
    now = Date.now();
    timer = setInterval(tick, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

function getNow(): number {
  return now;
}

/** Epoch ms from the shared clock; the caller re-renders once a second. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, getNow, getNow);
}

/**
 * Derives a primitive from the shared clock and re-renders only when it changes, e.g.
 * `useNowSelector((now) => formatAgo(now - updatedAt))` re-renders once a minute after the first minute.
 */
export function useNowSelector<T extends string | number | boolean | undefined | null>(
  select: (now: number) => T,
): T {
  const read = () => select(now);
  return useSyncExternalStore(subscribe, read, read);
}

/** `formatAgo(4_000)` → "4 s ago"; `formatAgo(200_000)` → "3 min ago"; under a second → "just now". */
export function formatAgo(ms: number): string {
  if (!Number.isFinite(ms) || ms < TICK_MS) return 'just now';
  return `${formatDuration(ms)} ago`;
}

/** `formatDuration(125_000)` → "2 min"; `formatDuration(5_400_000)` → "1 h 30 min"; `formatDuration(3 * 86_400_000)` → "3 d". */
export function formatDuration(ms: number): string {
  const seconds = Number.isFinite(ms) ? Math.max(0, Math.floor(ms / 1000)) : 0;
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) {
    const rest = minutes % 60;
    return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
  }
  return `${Math.floor(hours / 24)} d`;
}
