import { beforeEach, describe, expect, it } from 'vitest';
import { resetAppStore, useAppStore } from './app-store.ts';
import { resetAuthStore, SESSION_TOKEN_KEY, useAuthStore } from './auth-store.ts';
import { historyKey, resetHistoryStore, useHistoryStore } from './history-store.ts';
import { APP_STORE_KEY } from './persisted-state.ts';

const ids = () => useAppStore.getState().watchlist.map((e) => e.instanceId);

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  resetAppStore();
  resetAuthStore();
  resetHistoryStore();
});

describe('watchlist', () => {
  it('adds a pasted column of IDs in order', () => {
    const result = useAppStore.getState().addInstances('proj-1', 'a\nb\r\nc, d e');
    expect(result.added).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(ids()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('reports invalid, repeated and already-watched IDs', () => {
    useAppStore.getState().addInstances('proj-1', 'a');
    const result = useAppStore.getState().addInstances('proj-1', 'a b b ../etc');
    expect(result).toMatchObject({
      added: ['b'],
      alreadyWatched: ['a'],
      duplicates: ['b'],
      invalid: ['../etc'],
    });
    expect(ids()).toEqual(['a', 'b']);
  });

  it('refuses an invalid project ID', () => {
    const result = useAppStore.getState().addInstances('bad/project', 'a');
    expect(result.invalidProject).toBe(true);
    expect(ids()).toEqual([]);
  });

  it('treats the same instance ID in two projects as two instances', () => {
    useAppStore.getState().addInstances('p1', 'a');
    useAppStore.getState().addInstances('p2', 'a');
    expect(useAppStore.getState().watchlist).toHaveLength(2);
  });

  it('sets, trims and clears a local label', () => {
    useAppStore.getState().addInstances('p1', 'a');
    useAppStore.getState().setLabel('p1', 'a', '  web-01  ');
    expect(useAppStore.getState().watchlist[0]?.label).toBe('web-01');
    useAppStore.getState().setLabel('p1', 'a', '');
    expect(useAppStore.getState().watchlist[0]).not.toHaveProperty('label');
  });

  it('removes an instance and drops its observed history', () => {
    useAppStore.getState().addInstances('p1', 'a b');
    useHistoryStore
      .getState()
      .recordMany([{ projectId: 'p1', instanceId: 'a', state: 'running', at: 1 }]);
    useAppStore.getState().removeInstance('p1', 'a');
    expect(ids()).toEqual(['b']);
    expect(useHistoryStore.getState().byInstance[historyKey('p1', 'a')]).toBeUndefined();
  });
});

describe('persistence', () => {
  it('stores the watchlist and preferences with a version, and never a token', () => {
    useAuthStore.getState().setTokenMode('pass-through');
    useAuthStore.getState().signIn('super-secret-token', false);
    useAppStore.getState().addInstances('p1', 'a');
    useAppStore.getState().setTheme('dark');
    const saved = localStorage.getItem(APP_STORE_KEY) ?? '';
    expect(JSON.parse(saved)).toMatchObject({
      version: 1,
      state: { theme: 'dark', watchlist: [{ instanceId: 'a' }] },
    });
    expect(saved).not.toContain('super-secret-token');
    expect(JSON.stringify({ ...localStorage })).not.toContain('super-secret-token');
    expect(sessionStorage.getItem(SESSION_TOKEN_KEY)).toBeNull();
  });

  it('keeps the token in sessionStorage only when asked to remember it in this tab', () => {
    useAuthStore.getState().signIn('tab-token', true);
    expect(sessionStorage.getItem(SESSION_TOKEN_KEY)).toBe('tab-token');
    expect(JSON.stringify({ ...localStorage })).not.toContain('tab-token');
    useAuthStore.getState().signOut();
    expect(sessionStorage.getItem(SESSION_TOKEN_KEY)).toBeNull();
  });

  it('drops garbage found in localStorage instead of trusting it', async () => {
    localStorage.setItem(
      APP_STORE_KEY,
      JSON.stringify({
        version: 1,
        state: {
          watchlist: [
            { projectId: 'p1', instanceId: 'ok', addedAt: 1 },
            { projectId: '../x', instanceId: 'a' },
            42,
          ],
          theme: 'neon',
          baseIntervalMs: -5,
        },
      }),
    );
    await useAppStore.persist.rehydrate();
    const state = useAppStore.getState();
    expect(state.watchlist.map((e) => e.instanceId)).toEqual(['ok']);
    expect(state.theme).toBe('system');
    expect(state.baseIntervalMs).toBe(10_000);
  });
});
