import type { StateCreator } from 'zustand';
import { DEFAULT_BASE_INTERVAL_MS } from '../domain/polling-policy.ts';

export type ThemePreference = 'light' | 'dark' | 'system';

export const BASE_INTERVAL_CHOICES_MS = [5_000, 10_000, 30_000, 60_000, 300_000] as const;

export interface PreferencesSlice {
  baseIntervalMs: number;
  paused: boolean;
  pollInBackground: boolean;
  theme: ThemePreference;
  setBaseIntervalMs: (ms: number) => void;
  setPaused: (paused: boolean) => void;
  setPollInBackground: (value: boolean) => void;
  setTheme: (theme: ThemePreference) => void;
}

export const createPreferencesSlice: StateCreator<PreferencesSlice, [], [], PreferencesSlice> = (
  set,
) => ({
  baseIntervalMs: DEFAULT_BASE_INTERVAL_MS,
  paused: false,
  pollInBackground: false,
  theme: 'system',
  setBaseIntervalMs: (ms) => {
    if (Number.isFinite(ms) && ms >= 1000) set({ baseIntervalMs: ms });
  },
  setPaused: (paused) => set({ paused }),
  setPollInBackground: (pollInBackground) => set({ pollInBackground }),
  setTheme: (theme) => set({ theme }),
});
