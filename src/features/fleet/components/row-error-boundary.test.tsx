import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { RowErrorBoundary } from './row-error-boundary.tsx';

function Broken(): never {
  throw new Error('garbage');
}

describe('RowErrorBoundary', () => {
  it('replaces only the broken row with a message', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <ul>
        <li>
          <RowErrorBoundary name="bad-1">
            <Broken />
          </RowErrorBoundary>
        </li>
        <li>
          <RowErrorBoundary name="good-1">good row</RowErrorBoundary>
        </li>
      </ul>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('bad-1: this row could not be shown.');
    expect(screen.getByText('good row')).toBeInTheDocument();
  });
});
