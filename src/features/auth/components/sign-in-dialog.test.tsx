import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeProxy } from '../../../app/testing/fake-proxy.ts';
import { renderApp, resetAllStores } from '../../../app/testing/render-app.tsx';
import { useAppStore } from '../../../stores/app-store.ts';
import { SESSION_TOKEN_KEY, useAuthStore } from '../../../stores/auth-store.ts';

let fetchMock: ReturnType<typeof fakeProxy>;

const tokensSent = () =>
  fetchMock.mock.calls.flatMap(([, init]) => {
    const token = new Headers(init?.headers).get('X-Auth-Token');
    return token ? [token] : [];
  });

beforeEach(() => {
  resetAllStores();
  fetchMock = fakeProxy({
    tokenMode: 'pass-through',
    validToken: 'good-token',
    answer: () => ({ status: 200, body: { state: 'running' } }),
  });
  vi.stubGlobal('fetch', fetchMock);
  useAppStore.getState().addInstances('p1', 'web-1');
});
afterEach(() => vi.unstubAllGlobals());

async function signIn(user: ReturnType<typeof renderApp>['user'], token: string, remember = false) {
  const dialog = await screen.findByRole('dialog', { name: 'Sign in' });
  await user.type(within(dialog).getByLabelText(/IAM token/), token);
  if (remember)
    await user.click(within(dialog).getByRole('checkbox', { name: 'Remember in this tab' }));
  await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));
}

describe('pass-through sign-in', () => {
  it('asks for a token before polling and sends it as X-Auth-Token', async () => {
    const { user } = renderApp('/');
    await signIn(user, 'good-token');
    expect(await screen.findByLabelText(/^State:/)).toBeInTheDocument();
    expect(tokensSent()).toContain('good-token');
    expect(fetchMock.mock.calls.every(([url]) => !String(url).includes('good-token'))).toBe(true);
  });

  it('on a 401 stops polling, keeps the data on screen and asks for a new token', async () => {
    const { user, queryClient } = renderApp('/');
    const refetchAll = () => act(() => queryClient.refetchQueries({ queryKey: ['instances'] }));
    await signIn(user, 'good-token');
    await screen.findByLabelText(/^State:/);
    fetchMock.mockImplementation(
      fakeProxy({
        tokenMode: 'pass-through',
        validToken: 'new-token',
        answer: () => ({ status: 200, body: { state: 'stopped' } }),
      }),
    );
    await refetchAll();
    const dialog = await screen.findByRole('dialog', { name: 'Sign in' });
    expect(within(dialog).getByText(/token was rejected/i)).toBeInTheDocument();
    expect(useAuthStore.getState().token).toBeNull();
    expect(screen.getByLabelText(/^State:/)).toBeInTheDocument();
    const callsWhileSignedOut = fetchMock.mock.calls.length;
    await refetchAll();
    expect(fetchMock.mock.calls.length).toBe(callsWhileSignedOut);
    await signIn(user, 'new-token', true);
    expect(await screen.findByLabelText('State: stopped', { exact: false })).toBeInTheDocument();
    expect(sessionStorage.getItem(SESSION_TOKEN_KEY)).toBe('new-token');
    expect(JSON.stringify({ ...localStorage })).not.toContain('new-token');
  });
});
