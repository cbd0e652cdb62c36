import { beforeEach, describe, expect, it } from 'vitest';
import {
  historyKey,
  MAX_ENTRIES_PER_INSTANCE,
  MAX_INSTANCES,
  resetHistoryStore,
  useHistoryStore,
  type Observation,
} from './history-store.ts';

const seen = (state: string, at: number, extra: Partial<Observation> = {}): Observation => ({
  projectId: 'p',
  instanceId: 'i',
  state,
  at,
  ...extra,
});
const historyOf = (instanceId = 'i') =>
  useHistoryStore.getState().byInstance[historyKey('p', instanceId)];

beforeEach(() => resetHistoryStore());

describe('observed history', () => {
  it('records only changes, with when dcwatch first saw them', () => {
    useHistoryStore
      .getState()
      .recordMany([seen('pending', 1), seen('pending', 2), seen('running', 3)]);
    expect(historyOf()?.entries.map((e) => [e.state, e.at])).toEqual([
      ['pending', 1],
      ['running', 3],
    ]);
    expect(historyOf()?.stateSince).toBe(3);
  });

  it('marks whether a change is in the documented state machine', () => {
    useHistoryStore
      .getState()
      .recordMany([seen('pending', 1), seen('running', 2), seen('pending', 3)]);
    expect(historyOf()?.entries.map((e) => e.documented)).toEqual([null, true, false]);
  });

  it('keeps when the current operation state was first seen', () => {
    const op = (operationState: string, at: number) => seen('running', at, { operationState });
    useHistoryStore
      .getState()
      .recordMany([op('reinstall-processing', 10), op('reinstall-processing', 20)]);
    expect(historyOf()?.opSince).toBe(10);
    useHistoryStore.getState().recordMany([op('reinstall-succeed', 30)]);
    expect(historyOf()?.opSince).toBe(30);
  });

  it('keeps at most the last 50 changes per instance', () => {
    const flips = Array.from({ length: 80 }, (_, i) => seen(i % 2 ? 'running' : 'stopped', i));
    useHistoryStore.getState().recordMany(flips);
    expect(historyOf()?.entries).toHaveLength(MAX_ENTRIES_PER_INSTANCE);
    expect(historyOf()?.entries.at(-1)?.at).toBe(79);
  });

  it('forgets the least recently changed instances past the instance cap', () => {
    const many = Array.from({ length: MAX_INSTANCES + 2 }, (_, i) =>
      seen('running', i, { instanceId: `i${i}` }),
    );
    useHistoryStore.getState().recordMany(many);
    expect(Object.keys(useHistoryStore.getState().byInstance)).toHaveLength(MAX_INSTANCES);
    expect(historyOf('i0')).toBeUndefined();
    expect(historyOf(`i${MAX_INSTANCES + 1}`)).toBeDefined();
  });
});
