import { useMemo } from 'react';
import { pollIntervalMs } from '../../../domain/polling-policy.ts';
import { isApiError } from '../../../lib/api-error.ts';
import { useAppStore } from '../../../stores/app-store.ts';
import { selectAuthBlocked, useAuthStore } from '../../../stores/auth-store.ts';
import type { StatusData } from './status-answer.ts';

export interface PollingSettings {
  baseMs: number;
  paused: boolean;
  inBackground: boolean;
  /** Pass-through mode without a usable token: nothing is fetched until sign-in. */
  blocked: boolean;
}

interface PolledQuery {
  state: { data: StatusData | undefined; error: Error | null };
}

/**
 * `refetchInterval` for one instance: the domain's interval for its last known status, never
 * sooner than a 429's Retry-After, false while paused, signed out or terminated.
 */
export function statusRefetchInterval(
  settings: PollingSettings,
  query: PolledQuery,
  now: number = Date.now(),
): number | false {
  if (settings.paused || settings.blocked) return false;
  const interval = pollIntervalMs(query.state.data?.status, settings.baseMs);
  if (interval === false) return false;
  const error = query.state.error;
  if (isApiError(error) && error.retryAt !== undefined && error.retryAt > now) {
    return Math.max(interval, error.retryAt - now);
  }
  return interval;
}

/** The polling part of a status query's options, shared by the fleet poller and the instance view. */
export function pollingOptions(settings: PollingSettings) {
  return {
    enabled: !settings.blocked,
    refetchInterval: (query: PolledQuery) => statusRefetchInterval(settings, query),
    refetchIntervalInBackground: settings.inBackground,
    refetchOnWindowFocus: !settings.paused,
    refetchOnReconnect: !settings.paused,
  };
}

export function usePollingSettings(): PollingSettings {
  const baseMs = useAppStore((s) => s.baseIntervalMs);
  const paused = useAppStore((s) => s.paused);
  const inBackground = useAppStore((s) => s.pollInBackground);
  const blocked = useAuthStore(selectAuthBlocked);
  return useMemo(
    () => ({ baseMs, paused, inBackground, blocked }),
    [baseMs, paused, inBackground, blocked],
  );
}

export function usePollingOptions() {
  const settings = usePollingSettings();
  return useMemo(() => pollingOptions(settings), [settings]);
}
