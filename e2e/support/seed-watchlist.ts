import type { Page } from '@playwright/test';

/** The persisted app store (`src/stores/app-store.ts`, zustand persist, version 1). */
const APP_STORE_KEY = 'dcwatch.app';

export interface SeedOptions {
  /** Base poll interval; 5 s keeps pinned changes quick to show. Default 5000. */
  baseIntervalMs?: number;
  theme?: 'light' | 'dark' | 'system';
}

/**
 * Puts a watchlist into localStorage before the app loads, in the store's persisted shape. Only
 * when the key is absent, so a reload shows what the app itself saved.
 */
export async function seedWatchlist(
  page: Page,
  projectId: string,
  instanceIds: readonly string[],
  options: SeedOptions = {},
): Promise<void> {
  const value = JSON.stringify({
    state: {
      watchlist: instanceIds.map((instanceId) => ({ projectId, instanceId, addedAt: 0 })),
      baseIntervalMs: options.baseIntervalMs ?? 5000,
      theme: options.theme ?? 'light',
    },
    version: 1,
  });
  await page.addInitScript(
    ([key, seeded]) => {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, seeded);
    },
    [APP_STORE_KEY, value] as const,
  );
}
