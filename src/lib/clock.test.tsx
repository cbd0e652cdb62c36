import { Profiler } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { formatAgo, formatDuration, useNow, useNowSelector } from './clock.ts';

const T0 = Date.UTC(2026, 5, 8, 12, 0, 0);

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [4_999, '4 s'],
    [59_000, '59 s'],
    [125_000, '2 min'],
    [3_600_000, '1 h'],
    [5_400_000, '1 h 30 min'],
    [3 * 86_400_000, '3 d'],
    [-5_000, '0 s'],
    [Number.NaN, '0 s'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('formatAgo', () => {
  it.each([
    [4_000, '4 s ago'],
    [200_000, '3 min ago'],
    [500, 'just now'],
    [-2_000, 'just now'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatAgo(ms)).toBe(text);
  });
});

function Now({ id }: { id: string }) {
  return <span data-testid={id}>{useNow()}</span>;
}

function Minutes() {
  return <span data-testid="minutes">{useNowSelector((now) => Math.floor(now / 60_000))}</span>;
}

describe('the shared clock', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(T0);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs one interval for every subscriber and stops when the last one leaves', () => {
    const { unmount } = render(
      <>
        <Now id="a" />
        <Now id="b" />
      </>,
    );
    expect(vi.getTimerCount()).toBe(1);
    act(() => vi.advanceTimersByTime(2_000));
    expect(screen.getByTestId('a')).toHaveTextContent(String(T0 + 2_000));
    expect(screen.getByTestId('b')).toHaveTextContent(String(T0 + 2_000));
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('re-renders a selector only when its value changes', () => {
    const onRender = vi.fn();
    render(
      <Profiler id="minutes" onRender={onRender}>
        <Minutes />
      </Profiler>,
    );
    const commits = onRender.mock.calls.length;
    act(() => vi.advanceTimersByTime(30_000));
    expect(onRender).toHaveBeenCalledTimes(commits);
    act(() => vi.advanceTimersByTime(30_000));
    expect(screen.getByTestId('minutes')).toHaveTextContent(String(Math.floor(T0 / 60_000) + 1));
  });
});
