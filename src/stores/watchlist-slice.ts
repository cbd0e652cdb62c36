import type { StateCreator } from 'zustand';
import { isValidId, parseIdList } from '../domain/ids.ts';

export interface WatchEntry {
  projectId: string;
  instanceId: string;
  label?: string;
  addedAt: number;
}

export interface AddResult {
  added: string[];
  alreadyWatched: string[];
  invalid: string[];
  duplicates: string[];
  invalidProject: boolean;
}

export interface WatchlistSlice {
  watchlist: WatchEntry[];
  addInstances: (projectId: string, text: string) => AddResult;
  removeInstance: (projectId: string, instanceId: string) => void;
  setLabel: (projectId: string, instanceId: string, label: string) => void;
}

export const MAX_WATCHED = 10_000;
export const MAX_LABEL_LENGTH = 80;

export const watchKey = (projectId: string, instanceId: string) => `${projectId}/${instanceId}`;

export type WatchlistCallbacks = { onRemove?: (projectId: string, instanceId: string) => void };

export const createWatchlistSlice =
  (callbacks: WatchlistCallbacks = {}): StateCreator<WatchlistSlice, [], [], WatchlistSlice> =>
  (set, get) => ({
    watchlist: [],
    addInstances: (projectId, text) => {
      const project = projectId.trim();
      const parsed = parseIdList(text);
      const result: AddResult = {
        added: [],
        alreadyWatched: [],
        invalid: parsed.invalid,
        duplicates: parsed.duplicates,
        invalidProject: !isValidId(project),
      };
      if (result.invalidProject) return result;
      const current = get().watchlist;
      const known = new Set(current.map((e) => watchKey(e.projectId, e.instanceId)));
      const now = Date.now();
      const additions: WatchEntry[] = [];
      for (const id of parsed.ids) {
        if (known.has(watchKey(project, id))) result.alreadyWatched.push(id);
        else if (current.length + additions.length < MAX_WATCHED) {
          additions.push({ projectId: project, instanceId: id, addedAt: now });
          result.added.push(id);
        }
      }
      if (additions.length > 0) set({ watchlist: [...current, ...additions] });
      return result;
    },
    removeInstance: (projectId, instanceId) => {
      set({
        watchlist: get().watchlist.filter(
          (e) => e.projectId !== projectId || e.instanceId !== instanceId,
        ),
      });
      callbacks.onRemove?.(projectId, instanceId);
    },
    setLabel: (projectId, instanceId, label) => {
      const clean = label.trim().slice(0, MAX_LABEL_LENGTH);
      set({
        watchlist: get().watchlist.map((e) => {
          if (e.projectId !== projectId || e.instanceId !== instanceId) return e;
          const next: WatchEntry = {
            projectId: e.projectId,
            instanceId: e.instanceId,
            addedAt: e.addedAt,
          };
          return clean ? { ...next, label: clean } : next;
        }),
      });
    },
  });
