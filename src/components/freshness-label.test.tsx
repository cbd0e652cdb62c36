import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_STALE_REASON, FreshnessLabel } from './freshness-label.tsx';
import { renderWithTheme } from './test-utils.tsx';

const T0 = Date.UTC(2026, 5, 8, 12, 0, 0);

describe('FreshnessLabel with the shared clock', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(T0);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('advances its text with the clock', () => {
    renderWithTheme(<FreshnessLabel updatedAt={T0 - 4_000} />);
    expect(screen.getByText('updated 4 s ago')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(3_000));
    expect(screen.getByText('updated 7 s ago')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.getByText('updated 1 min ago')).toBeInTheDocument();
  });

  it('marks the time for machines', () => {
    renderWithTheme(<FreshnessLabel updatedAt={T0} />);
    expect(screen.getByText('updated just now')).toHaveAttribute(
      'datetime',
      new Date(T0).toISOString(),
    );
  });

  it('says when nothing has arrived yet', () => {
    renderWithTheme(<FreshnessLabel />);
    expect(screen.getByText('not updated yet')).toBeInTheDocument();
  });
});

describe('FreshnessLabel when stale', () => {
  it('says "Stale" in words and explains why on hover', async () => {
    const user = userEvent.setup();
    renderWithTheme(
      <FreshnessLabel
        updatedAt={Date.now() - 90_000}
        stale
        staleReason="3 polls failed in a row"
      />,
    );
    const label = screen.getByText('Stale:').parentElement!;
    expect(label).toHaveTextContent('Stale: updated 1 min ago');
    await user.hover(label);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('3 polls failed in a row');
  });

  it('has a default reason', async () => {
    const user = userEvent.setup();
    renderWithTheme(<FreshnessLabel updatedAt={Date.now() - 90_000} stale />);
    await user.hover(screen.getByText('Stale:'));
    expect(await screen.findByRole('tooltip')).toHaveTextContent(DEFAULT_STALE_REASON);
  });
});
