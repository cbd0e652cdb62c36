import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeProxy, type FakeAnswer } from '../../../app/testing/fake-proxy.ts';
import { renderApp, resetAllStores } from '../../../app/testing/render-app.tsx';
import { useAppStore } from '../../../stores/app-store.ts';

const ANSWERS: Record<string, FakeAnswer> = {
  'web-1': {
    status: 200,
    body: {
      state: 'stopped',
      operation_state: 'reinstall-failed',
      error: { error_code: 'CDC.7', error_msg: 'disk' },
    },
  },
  gone: { status: 404, body: { error_code: 'CDC.0404', error_msg: 'Instance not found' } },
  locked: { status: 401, body: { error_code: 'APIGW.0301', error_msg: 'Incorrect token' } },
};

beforeEach(() => {
  resetAllStores();
  vi.stubGlobal(
    'fetch',
    fakeProxy({ answer: (_p, id) => ANSWERS[id] ?? { status: 500, body: {} } }),
  );
});
afterEach(() => vi.unstubAllGlobals());

describe('instance view', () => {
  it('shows the status of an unwatched instance and offers to watch it', async () => {
    const { user } = renderApp('/projects/p1/instances/web-1');
    expect(await screen.findByRole('heading', { name: 'web-1', level: 1 })).toBeInTheDocument();
    expect(await screen.findByLabelText(/^State:/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add to watchlist' }));
    expect(useAppStore.getState().watchlist).toMatchObject([
      { projectId: 'p1', instanceId: 'web-1' },
    ]);
    expect(screen.getByRole('textbox', { name: 'Local label' })).toBeInTheDocument();
  });

  it('keeps the selected tab in the URL', async () => {
    const { user, router } = renderApp('/projects/p1/instances/web-1?tab=raw');
    expect(await screen.findByRole('tab', { name: 'Raw response' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await user.click(screen.getByRole('tab', { name: 'Error' }));
    expect(router.state.location.search).toEqual({ tab: 'error' });
    expect(await screen.findByRole('tabpanel')).toHaveTextContent('CDC.7');
  });

  it('falls back to the overview tab for a bad ?tab=', async () => {
    renderApp('/projects/p1/instances/web-1?tab=bogus');
    expect(await screen.findByRole('tab', { name: 'Overview' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  it('says when the instance was not found', async () => {
    renderApp('/projects/p1/instances/gone');
    expect(await screen.findByText('Instance not found')).toBeInTheDocument();
  });

  it("says the proxy's credential was rejected in server mode", async () => {
    renderApp('/projects/p1/instances/locked');
    const alerts = await screen.findAllByText(/proxy's credential was rejected/i);
    expect(alerts.length).toBeGreaterThan(0);
    expect(screen.getAllByText(/CLOUDDC_AUTH_TOKEN/).length).toBeGreaterThan(0);
  });

  it('renders the not-found page for an unknown address', async () => {
    renderApp('/nowhere/at/all');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });
});

describe('ad-hoc board', () => {
  it('shows the linked instances without touching the watchlist, and can save them', async () => {
    const { user } = renderApp('/projects/p1?ids=web-1,gone,bad!id');
    expect(await screen.findByRole('link', { name: 'web-1' })).toBeInTheDocument();
    expect(screen.getByText(/bad!id/)).toBeInTheDocument();
    expect(useAppStore.getState().watchlist).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Save to watchlist' }));
    expect(useAppStore.getState().watchlist.map((e) => e.instanceId)).toEqual(['web-1', 'gone']);
    const main = screen.getByRole('main');
    expect(within(main).getByText(/Added 2 instances/)).toBeInTheDocument();
  });
});
