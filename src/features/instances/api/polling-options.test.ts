import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-error.ts';
import { pollingOptions, statusRefetchInterval, type PollingSettings } from './polling-options.ts';
import type { StatusData } from './status-answer.ts';

const settings: PollingSettings = {
  baseMs: 9000,
  paused: false,
  inBackground: false,
  blocked: false,
};
const query = (status: StatusData['status'] | undefined, error: Error | null = null) => ({
  state: { data: status ? { status, raw: status } : undefined, error },
});

describe('statusRefetchInterval', () => {
  it.each([
    ['pending', 3000],
    ['shutting-down', 3000],
    ['running', 9000],
    ['error', 9000],
    ['hibernating', 9000],
  ])('polls %s every %i ms', (state, expected) => {
    expect(statusRefetchInterval(settings, query({ state }))).toBe(expected);
  });

  it('polls faster while an operation is processing', () => {
    expect(
      statusRefetchInterval(
        settings,
        query({ state: 'running', operation_state: 'reinstall-processing' }),
      ),
    ).toBe(3000);
  });

  it('stops once terminated', () => {
    expect(statusRefetchInterval(settings, query({ state: 'terminated' }))).toBe(false);
  });

  it('uses the base interval before the first answer', () => {
    expect(statusRefetchInterval(settings, query(undefined))).toBe(9000);
  });

  it('stops while paused or signed out', () => {
    expect(statusRefetchInterval({ ...settings, paused: true }, query({ state: 'pending' }))).toBe(
      false,
    );
    expect(statusRefetchInterval({ ...settings, blocked: true }, query({ state: 'pending' }))).toBe(
      false,
    );
  });

  it('waits at least until Retry-After after a 429', () => {
    const throttled = new ApiError(
      { kind: 'throttled', message: 'slow', retryAfterMs: 60_000 },
      1_000,
    );
    expect(statusRefetchInterval(settings, query({ state: 'running' }, throttled), 1_000)).toBe(
      60_000,
    );
    expect(statusRefetchInterval(settings, query({ state: 'running' }, throttled), 70_000)).toBe(
      9000,
    );
  });
});

describe('pollingOptions', () => {
  it('disables fetching while signed out and keeps hidden tabs quiet by default', () => {
    expect(pollingOptions({ ...settings, blocked: true }).enabled).toBe(false);
    const options = pollingOptions(settings);
    expect(options.enabled).toBe(true);
    expect(options.refetchIntervalInBackground).toBe(false);
    expect(options.refetchOnWindowFocus).toBe(true);
  });

  it('does not refetch on focus while paused', () => {
    expect(pollingOptions({ ...settings, paused: true }).refetchOnWindowFocus).toBe(false);
  });
});
