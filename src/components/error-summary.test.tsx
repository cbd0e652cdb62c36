import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { ErrorSummary } from './error-summary.tsx';
import { renderWithTheme } from './test-utils.tsx';

describe('ErrorSummary', () => {
  it('names a known type in words with its code', () => {
    renderWithTheme(
      <ErrorSummary
        error={{ error_type: 'power_off_error', error_code: 'DC.0042', error_msg: 'x' }}
      />,
    );
    expect(screen.getByText('Power-off failed')).toBeInTheDocument();
    expect(screen.getByText('DC.0042')).toBeInTheDocument();
  });

  it('shows an unknown type as it came', () => {
    renderWithTheme(<ErrorSummary error={{ error_type: 'disk_on_fire' }} />);
    expect(screen.getByText('disk_on_fire')).toBeInTheDocument();
  });

  it('keeps the message for the hover title', () => {
    renderWithTheme(<ErrorSummary error={{ error_code: 'E1', error_msg: 'BMC did not answer' }} />);
    expect(screen.getByText('E1').parentElement).toHaveAttribute('title', 'BMC did not answer');
  });

  it.each([[undefined], [{}], [{ error_code: '' }]])('renders nothing for %j', (error) => {
    const { container } = renderWithTheme(<ErrorSummary error={error} />);
    expect(container).toBeEmptyDOMElement();
  });
});
