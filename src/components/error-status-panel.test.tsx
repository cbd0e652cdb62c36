import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ErrorStatusPanel } from './error-status-panel.tsx';
import { renderWithTheme } from './test-utils.tsx';

describe('ErrorStatusPanel', () => {
  it('names the type in words, with the raw type and the code', () => {
    renderWithTheme(
      <ErrorStatusPanel
        error={{ error_type: 'reboot_failed_error', error_code: 'DC.7', error_msg: 'm' }}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Reboot failed' })).toBeInTheDocument();
    expect(screen.getByText('reboot_failed_error')).toBeInTheDocument();
    expect(screen.getByText('DC.7')).toBeInTheDocument();
  });

  it('shows an unknown type raw and says it is unknown', () => {
    renderWithTheme(<ErrorStatusPanel error={{ error_type: 'quantum_error' }} />);
    expect(screen.getByRole('heading', { name: 'quantum_error' })).toBeInTheDocument();
    expect(screen.getByText(/does not know/)).toBeInTheDocument();
    expect(screen.getByText('No code reported')).toBeInTheDocument();
  });

  it('shows a message as plain text, markup and all', () => {
    const { container } = renderWithTheme(
      <ErrorStatusPanel error={{ error_msg: '<b>x</b><script>alert(1)</script>' }} />,
    );
    expect(screen.getByText('<b>x</b><script>alert(1)</script>')).toBeInTheDocument();
    expect(container.querySelector('b, script')).toBeNull();
  });

  it('keeps a long message whole, wrapping it', () => {
    const long = `${'A'.repeat(5000)}\nsecond line`;
    renderWithTheme(<ErrorStatusPanel error={{ error_msg: long }} />);
    const message = screen.getByText((_, el) => el?.tagName === 'DD' && el.textContent === long);
    expect(message).toHaveStyle({ whiteSpace: 'pre-wrap' });
  });

  it('copies the error as JSON and confirms it', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const error = { error_code: 'DC.1', error_msg: 'no', error_type: 'power_on_error' };
    renderWithTheme(<ErrorStatusPanel error={error} />);
    await user.click(screen.getByRole('button', { name: 'Copy as JSON' }));
    expect(writeText).toHaveBeenCalledWith(JSON.stringify(error, null, 2));
    expect(screen.getByRole('status')).toHaveTextContent('Copied to the clipboard.');
  });

  it('says so when the clipboard refuses', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    renderWithTheme(<ErrorStatusPanel error={{ error_code: 'DC.1' }} />);
    await user.click(screen.getByRole('button', { name: 'Copy as JSON' }));
    expect(screen.getByRole('status')).toHaveTextContent(/not available/);
  });
});
