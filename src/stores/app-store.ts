import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createPreferencesSlice, type PreferencesSlice } from './preferences-slice.ts';
import { createWatchlistSlice, type WatchlistSlice } from './watchlist-slice.ts';
import { useHistoryStore } from './history-store.ts';
import { APP_STORE_KEY, APP_STORE_VERSION, sanitizePersisted } from './persisted-state.ts';

export type AppState = WatchlistSlice & PreferencesSlice;

const watchlistSlice = createWatchlistSlice({
  onRemove: (projectId, instanceId) => useHistoryStore.getState().forget(projectId, instanceId),
});

/**
 * The operator's saved state (watchlist + preferences), persisted and versioned in localStorage.
 * Tokens live in the auth store, which is never persisted here.
 */
export const useAppStore = create<AppState>()(
  persist(
    (set, get, api) => ({
      ...watchlistSlice(set, get, api),
      ...createPreferencesSlice(set, get, api),
    }),
    {
      name: APP_STORE_KEY,
      version: APP_STORE_VERSION,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({
        watchlist: s.watchlist,
        baseIntervalMs: s.baseIntervalMs,
        paused: s.paused,
        pollInBackground: s.pollInBackground,
        theme: s.theme,
      }),
      migrate: (persisted) => sanitizePersisted(persisted) as AppState,
      merge: (persisted, current) => ({ ...current, ...sanitizePersisted(persisted) }),
    },
  ),
);

export function resetAppStore() {
  useAppStore.setState(useAppStore.getInitialState(), true);
}
