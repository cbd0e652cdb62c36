import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { InstanceStateBadge, UNKNOWN_STATE_HINT } from './instance-state-badge.tsx';
import { renderWithTheme } from './test-utils.tsx';

describe('InstanceStateBadge', () => {
  it.each([
    ['pending', 'Pending', 'transitional', 'info'],
    ['shutting-down', 'Shutting down', 'transitional', 'info'],
    ['stopping', 'Stopping', 'transitional', 'info'],
    ['reinstalling', 'Reinstalling', 'transitional', 'info'],
    ['running', 'Running', 'stable', 'success'],
    ['stopped', 'Stopped', 'stable', 'neutral'],
    ['terminated', 'Terminated', 'final', 'neutral'],
    ['error', 'Error', 'faulted', 'error'],
    ['failed', 'Failed', 'faulted', 'error'],
  ])('shows %s as "%s" with an icon (%s, %s)', (state, words, stateClass, severity) => {
    renderWithTheme(<InstanceStateBadge state={state} />);
    const badge = screen.getByRole('img', { name: `State: ${words}` });
    expect(badge).toHaveTextContent(words);
    expect(badge.querySelector('svg')).not.toBeNull();
    expect(badge).toHaveAttribute('data-state-class', stateClass);
    expect(badge).toHaveAttribute('data-severity', severity);
  });

  it.each([
    ['shutting_down', 'Shutting down'],
    ['teminated', 'Terminated'],
    ['  RUNNING ', 'Running'],
  ])('reads the synonym %j as "%s"', (state, words) => {
    renderWithTheme(<InstanceStateBadge state={state} />);
    expect(screen.getByRole('img', { name: `State: ${words}` })).toHaveTextContent(words);
  });

  it('gives each known state its description as a hover title', () => {
    renderWithTheme(<InstanceStateBadge state="stopped" />);
    expect(screen.getByRole('img', { name: 'State: Stopped' })).toHaveAttribute(
      'title',
      expect.stringContaining('storage volumes are retained'),
    );
  });

  it('shows an unknown state as it came, neutral, with an explanatory tooltip', async () => {
    const user = userEvent.setup();
    renderWithTheme(<InstanceStateBadge state="hibernating" />);
    const badge = screen.getByRole('img', { name: /^State: hibernating/ });
    expect(badge).toHaveTextContent('hibernating');
    expect(badge).toHaveAttribute('data-severity', 'neutral');
    expect(badge).toHaveAttribute('data-state-class', 'unknown');
    await user.hover(badge);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(UNKNOWN_STATE_HINT);
  });

  // The tooltip opens on :focus-visible, which jsdom lacks; reaching the badge is what we can check here.
  it('lets keyboard users reach an unknown state (and its tooltip)', async () => {
    const user = userEvent.setup();
    renderWithTheme(<InstanceStateBadge state="hibernating" />);
    await user.tab();
    expect(screen.getByRole('img', { name: /^State: hibernating/ })).toHaveFocus();
  });

  it('says so when no state was reported', () => {
    renderWithTheme(<InstanceStateBadge />);
    const badge = screen.getByRole('img', { name: 'State: No state reported' });
    expect(badge).toHaveAttribute('data-severity', 'neutral');
  });

  it('renders in the dark theme and at every size', () => {
    renderWithTheme(
      <>
        <InstanceStateBadge state="running" size="small" />
        <InstanceStateBadge state="error" size="large" />
      </>,
      'dark',
    );
    expect(screen.getAllByRole('img', { name: /^State: / })).toHaveLength(2);
  });
});
