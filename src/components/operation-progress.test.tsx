import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OperationProgress } from './operation-progress.tsx';
import { renderWithTheme } from './test-utils.tsx';

const T0 = Date.UTC(2026, 5, 8, 12, 0, 0);

afterEach(() => {
  vi.useRealTimers();
});

describe('OperationProgress', () => {
  it('renders nothing when there is no operation state', () => {
    const { container } = renderWithTheme(<OperationProgress />);
    expect(container).toBeEmptyDOMElement();
  });

  it.each([
    ['install', 'Installing OS'],
    ['reinstall', 'Reinstalling OS'],
    ['switch-install', 'Changing OS'],
    ['modify-ip', 'Changing IP address'],
    ['uninstall', 'Uninstalling OS'],
  ])('names %s in words while it runs', (operation, words) => {
    renderWithTheme(<OperationProgress operationState={`${operation}-processing`} />);
    expect(screen.getByText(words, { exact: false })).toHaveTextContent(`${words} in progress`);
    expect(screen.getByRole('progressbar', { name: `${words} in progress` })).toBeInTheDocument();
  });

  it('shows how long a processing operation has run, from the shared clock', () => {
    vi.useFakeTimers();
    vi.setSystemTime(T0);
    renderWithTheme(
      <OperationProgress operationState="reinstall-processing" since={T0 - 2 * 60_000} />,
    );
    expect(screen.getByText('for 2 min')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.getByText('for 3 min')).toBeInTheDocument();
  });

  it('shows a success as its outcome, without a progress bar', () => {
    renderWithTheme(<OperationProgress operationState="modify-ip-succeed" />);
    expect(screen.getByText(/Changing IP address/)).toHaveTextContent(
      'Changing IP address succeeded',
    );
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('offers "Show error" on a failure and calls back when pressed', async () => {
    const user = userEvent.setup();
    const onShowError = vi.fn();
    renderWithTheme(
      <OperationProgress operationState="reinstall-failed" onShowError={onShowError} />,
    );
    expect(screen.getByText(/Reinstalling OS/)).toHaveTextContent('Reinstalling OS failed');
    await user.click(screen.getByRole('button', { name: 'Show error' }));
    expect(onShowError).toHaveBeenCalledTimes(1);
  });

  it('has no "Show error" button without a callback', () => {
    renderWithTheme(<OperationProgress operationState="install-failed" />);
    expect(screen.queryByRole('button', { name: 'Show error' })).not.toBeInTheDocument();
  });

  it('shows an unknown operation state raw and neutral, without progress', () => {
    renderWithTheme(<OperationProgress operationState="resize-disk-processing" />);
    expect(screen.getByText('Operation: resize-disk-processing')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });
});
