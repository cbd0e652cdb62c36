import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeProxy } from '../../../app/testing/fake-proxy.ts';
import { renderApp, resetAllStores } from '../../../app/testing/render-app.tsx';
import { useAppStore } from '../../../stores/app-store.ts';

beforeEach(() => {
  resetAllStores();
  vi.stubGlobal(
    'fetch',
    fakeProxy({ answer: () => ({ status: 200, body: { state: 'running' } }) }),
  );
});
afterEach(() => vi.unstubAllGlobals());

describe('virtualized fleet list', () => {
  it('renders only the rows near the viewport of a large watchlist', async () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `i-${String(i).padStart(4, '0')}`);
    useAppStore.getState().addInstances('p1', ids.join(' '));
    renderApp('/?sort=id');
    expect(await screen.findByRole('link', { name: 'i-0000' })).toBeInTheDocument();
    const rows = screen.getAllByRole('listitem');
    expect(rows.length).toBeLessThan(100);
    expect(rows[0]).toHaveAttribute('aria-setsize', '2000');
  });
});
