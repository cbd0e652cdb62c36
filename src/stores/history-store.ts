import { create } from 'zustand';
import { isDocumentedTransition } from '../domain/state-machine.ts';

export const MAX_ENTRIES_PER_INSTANCE = 50;
export const MAX_INSTANCES = 5_000;

/** One observed change: what dcwatch saw and when it first saw it. */
export interface HistoryEntry {
  at: number;
  state?: string;
  operationState?: string;
  /** Whether the state change is in the documented state machine; null for the first sighting. */
  documented: boolean | null;
}

export interface InstanceHistory {
  entries: HistoryEntry[];
  stateSince: number;
  opSince: number;
  changedAt: number;
}

export interface Observation {
  projectId: string;
  instanceId: string;
  state?: string;
  operationState?: string;
  at: number;
}

interface HistoryState {
  byInstance: Record<string, InstanceHistory>;
  recordMany: (observations: Observation[]) => void;
  forget: (projectId: string, instanceId: string) => void;
}

export const historyKey = (projectId: string, instanceId: string) => `${projectId}/${instanceId}`;

function apply(previous: InstanceHistory | undefined, o: Observation): InstanceHistory | null {
  const last = previous?.entries.at(-1);
  if (last && last.state === o.state && last.operationState === o.operationState) return null;
  const entry: HistoryEntry = {
    at: o.at,
    ...(o.state === undefined ? {} : { state: o.state }),
    ...(o.operationState === undefined ? {} : { operationState: o.operationState }),
    documented: last ? isDocumentedTransition(last.state, o.state) : null,
  };
  const entries = [...(previous?.entries ?? []), entry].slice(-MAX_ENTRIES_PER_INSTANCE);
  return {
    entries,
    stateSince: last && last.state === o.state && previous ? previous.stateSince : o.at,
    opSince: last && last.operationState === o.operationState && previous ? previous.opSince : o.at,
    changedAt: o.at,
  };
}

function evictOldest(byInstance: Record<string, InstanceHistory>, keep: number) {
  const keys = Object.keys(byInstance);
  if (keys.length <= keep) return byInstance;
  const sorted = keys.sort((a, b) => byInstance[a]!.changedAt - byInstance[b]!.changedAt);
  const next = { ...byInstance };
  for (const key of sorted.slice(0, keys.length - keep)) delete next[key];
  return next;
}

/** Observed history: in memory only, bounded per instance and in instance count. */
export const useHistoryStore = create<HistoryState>()((set, get) => ({
  byInstance: {},
  recordMany: (observations) => {
    let next: Record<string, InstanceHistory> | null = null;
    let added = false;
    for (const o of observations) {
      const key = historyKey(o.projectId, o.instanceId);
      const source: Record<string, InstanceHistory> = next ?? get().byInstance;
      const updated = apply(source[key], o);
      if (!updated) continue;
      added ||= source[key] === undefined;
      next ??= { ...get().byInstance };
      next[key] = updated;
    }
    // Only a new instance can push the count over the bound: skip the count otherwise.
    if (next) set({ byInstance: added ? evictOldest(next, MAX_INSTANCES) : next });
  },
  forget: (projectId, instanceId) => {
    const key = historyKey(projectId, instanceId);
    if (!(key in get().byInstance)) return;
    const rest = { ...get().byInstance };
    delete rest[key];
    set({ byInstance: rest });
  },
}));

export function resetHistoryStore() {
  useHistoryStore.setState({ byInstance: {} });
}
