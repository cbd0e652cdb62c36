import type { QueryClient } from '@tanstack/react-query';
import { createMemoryHistory, RouterProvider } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { resetAppStore } from '../../stores/app-store.ts';
import { resetAuthStore } from '../../stores/auth-store.ts';
import { resetHistoryStore } from '../../stores/history-store.ts';
import { useSignInDialog } from '../../features/auth/sign-in-dialog-store.ts';
import { AppProviders } from '../app-providers.tsx';
import { createAppQueryClient } from '../create-query-client.ts';
import { createAppRouter } from '../router.tsx';

/** Fresh stores for every test. */
export function resetAllStores() {
  localStorage.clear();
  sessionStorage.clear();
  resetAppStore();
  resetAuthStore();
  resetHistoryStore();
  useSignInDialog.getState().reset();
}

/** A fresh client with the app's wiring but no retries, so failures show at once. */
export function createTestQueryClient(): QueryClient {
  const client = createAppQueryClient();
  const defaults = client.getDefaultOptions();
  client.setDefaultOptions({ ...defaults, queries: { ...defaults.queries, retry: false } });
  return client;
}

/** Renders the whole app at `path` with a memory history. */
export function renderApp(path: string, queryClient: QueryClient = createTestQueryClient()) {
  // jsdom has no scrolling; the router's scroll restoration would log "not implemented".
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
  const history = createMemoryHistory({ initialEntries: [path] });
  const router = createAppRouter(history);
  const user = userEvent.setup();
  const view = render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, user, queryClient };
}
