import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeProxy, type FakeAnswer } from '../../../app/testing/fake-proxy.ts';
import { renderApp, resetAllStores } from '../../../app/testing/render-app.tsx';
import { useAppStore } from '../../../stores/app-store.ts';

const ANSWERS: Record<string, FakeAnswer> = {
  'web-1': { status: 200, body: { state: 'running' } },
  'db-1': {
    status: 200,
    body: { state: 'error', error: { error_code: 'CDC.1', error_type: 'power_on_error' } },
  },
  'app-1': { status: 500, body: { error_code: 'CDC.500', error_msg: 'Internal server error' } },
  'new-1': { status: 200, body: { state: 'pending', operation_state: 'install-processing' } },
};

const rowOf = (name: string) => screen.getByRole('link', { name }).closest('li') as HTMLElement;

beforeEach(() => {
  resetAllStores();
  vi.stubGlobal(
    'fetch',
    fakeProxy({ answer: (_p, id) => ANSWERS[id] ?? { status: 404, body: {} } }),
  );
});
afterEach(() => vi.unstubAllGlobals());

describe('fleet overview', () => {
  it('offers the demo fleet when the watchlist is empty', async () => {
    vi.stubGlobal(
      'fetch',
      fakeProxy({
        demo: { projectId: 'demo', instanceIds: ['web-1'] },
        answer: () => ANSWERS['web-1']!,
      }),
    );
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: /watch the demo fleet/i }));
    expect(await screen.findByRole('link', { name: 'web-1' })).toBeInTheDocument();
  });

  it('shows a row per watched instance with counts per state class', async () => {
    useAppStore.getState().addInstances('p1', 'web-1 db-1 app-1 new-1');
    renderApp('/');
    expect(await screen.findByRole('link', { name: 'web-1' })).toBeInTheDocument();
    await screen.findByRole('button', { name: 'Faulted 1' });
    expect(screen.getByRole('button', { name: 'Changing 1' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'All 4' })).toBeInTheDocument();
    const links = within(screen.getByRole('list', { name: 'Watched instances' })).getAllByRole(
      'link',
    );
    expect(links[0]).toHaveTextContent('db-1');
  });

  it('shows a fetch failure as a problem of the row, not as the instance being in error', async () => {
    useAppStore.getState().addInstances('p1', 'web-1 app-1');
    renderApp('/');
    await screen.findByText('Fetch problems 1');
    const row = rowOf('app-1');
    expect(within(row).queryByLabelText(/^State:/)).not.toBeInTheDocument();
    expect(within(row).getByText(/no answer yet/i)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Faulted 0' })).toBeInTheDocument();
    expect(within(rowOf('web-1')).getByLabelText(/^State:/)).toBeInTheDocument();
  });

  it('filters by a state class count and keeps the filter in the URL', async () => {
    useAppStore.getState().addInstances('p1', 'web-1 db-1 new-1');
    const { user, router } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Faulted 1' }));
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'web-1' })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('link', { name: 'db-1' })).toBeInTheDocument();
    expect(router.state.location.search).toEqual({ classes: 'faulted' });
    expect(screen.getByRole('button', { name: 'Faulted 1' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('restores filters from the URL and ignores bad values', async () => {
    useAppStore.getState().addInstances('p1', 'web-1 db-1');
    renderApp('/?classes=stable&sort=nonsense');
    expect(await screen.findByRole('link', { name: 'web-1' })).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'db-1' })).not.toBeInTheDocument(),
    );
  });
});
