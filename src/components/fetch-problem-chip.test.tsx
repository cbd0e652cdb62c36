import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FetchProblem } from '../domain/fetch-problem.ts';
import { FetchProblemChip } from './fetch-problem-chip.tsx';
import { renderWithTheme } from './test-utils.tsx';

const T0 = Date.UTC(2026, 5, 8, 12, 0, 0);

afterEach(() => {
  vi.useRealTimers();
});

describe('FetchProblemChip', () => {
  it('counts down to the next try when throttled', () => {
    vi.useFakeTimers();
    vi.setSystemTime(T0);
    const problem: FetchProblem = { kind: 'throttled', status: 429, message: 'Too many requests' };
    renderWithTheme(<FetchProblemChip problem={problem} retryAt={T0 + 4_000} />);
    expect(screen.getByText(/Throttled/)).toHaveTextContent('Throttled — retrying in 4 s');
    act(() => vi.advanceTimersByTime(2_000));
    expect(screen.getByText(/Throttled/)).toHaveTextContent('Throttled — retrying in 2 s');
    act(() => vi.advanceTimersByTime(5_000));
    expect(screen.getByText(/Throttled/)).toHaveTextContent('Throttled — retrying now');
  });

  it('is plain "Throttled" without a retry time', () => {
    renderWithTheme(<FetchProblemChip problem={{ kind: 'throttled', message: 'busy' }} />);
    expect(screen.getByText(/Throttled/)).toHaveTextContent(/^Fetch problem: Throttled$/);
  });

  it.each<[FetchProblem, string]>([
    [{ kind: 'unauthorized', status: 401, message: 'm' }, 'Token rejected'],
    [{ kind: 'forbidden', status: 403, message: 'm' }, 'Access denied'],
    [{ kind: 'not-found', status: 404, message: 'm' }, 'Not found'],
    [{ kind: 'server', status: 500, message: 'm' }, 'Server error 500'],
    [{ kind: 'bad-gateway', status: 502, message: 'm' }, 'Proxy/upstream error 502'],
    [{ kind: 'timeout', status: 504, message: 'm' }, 'Timed out'],
    [{ kind: 'network', message: 'm' }, 'Network error'],
    [{ kind: 'invalid-response', status: 502, message: 'm' }, 'Invalid response'],
    [{ kind: 'bad-request', status: 400, message: 'm' }, 'Bad request 400'],
  ])('names %o as "%s" with an icon', (problem, words) => {
    const { container } = renderWithTheme(<FetchProblemChip problem={problem} />);
    expect(screen.getByText(words, { exact: false })).toHaveTextContent(`Fetch problem: ${words}`);
    expect(container.querySelector('svg')).not.toBeNull();
  });

  it('gives the message and code as plain text on hover', async () => {
    const user = userEvent.setup();
    const problem: FetchProblem = {
      kind: 'unauthorized',
      status: 401,
      code: 'APIGW.0301',
      message: '<i>Incorrect</i> token',
    };
    renderWithTheme(<FetchProblemChip problem={problem} />);
    await user.hover(screen.getByText(/Token rejected/));
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      '<i>Incorrect</i> token · Code: APIGW.0301 · HTTP 401',
    );
  });
});
