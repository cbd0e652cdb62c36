import type { StateClass } from '../../domain/instance-state.ts';
import type { FleetItem } from './fleet-item.ts';
import { listOf, type FleetSearch, type SortKey } from './fleet-search.ts';

export type ClassCounts = Record<StateClass, number> & { problems: number; total: number };

export function countItems(items: readonly FleetItem[]): ClassCounts {
  const counts: ClassCounts = {
    transitional: 0,
    stable: 0,
    final: 0,
    faulted: 0,
    unknown: 0,
    problems: 0,
    total: items.length,
  };
  for (const item of items) {
    if (item.stateClass !== null) counts[item.stateClass] += 1;
    if (item.problem !== null) counts.problems += 1;
  }
  return counts;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
const nameOf = (item: FleetItem) => item.label ?? item.instanceId;

const COMPARATORS: Record<SortKey, (a: FleetItem, b: FleetItem) => number> = {
  attention: (a, b) => a.rank - b.rank || collator.compare(nameOf(a), nameOf(b)),
  id: (a, b) =>
    collator.compare(a.instanceId, b.instanceId) || collator.compare(a.projectId, b.projectId),
  state: (a, b) =>
    collator.compare(a.state ?? '\uffff', b.state ?? '\uffff') ||
    collator.compare(nameOf(a), nameOf(b)),
  updated: (a, b) =>
    (b.updatedAt ?? 0) - (a.updatedAt ?? 0) || collator.compare(nameOf(a), nameOf(b)),
};

/** Applies a board's URL filters and sort; pure so it runs once per snapshot. */
export function selectItems(items: readonly FleetItem[], search: FleetSearch): FleetItem[] {
  const classes = new Set(listOf(search.classes));
  const states = new Set(listOf(search.states).map((s) => s.toLowerCase()));
  const q = search.q?.trim().toLowerCase() ?? '';
  const selected = items.filter(
    (item) =>
      (classes.size === 0 || (item.stateClass !== null && classes.has(item.stateClass))) &&
      (states.size === 0 || states.has((item.state ?? '').toLowerCase())) &&
      (q === '' ||
        item.instanceId.toLowerCase().includes(q) ||
        (item.label?.toLowerCase().includes(q) ?? false) ||
        item.projectId.toLowerCase().includes(q)),
  );
  return selected.sort(COMPARATORS[search.sort ?? 'attention']);
}

/** Distinct raw states present, for the state filter's choices. */
export function statesPresent(items: readonly FleetItem[]): string[] {
  return [...new Set(items.flatMap((i) => (i.state === undefined ? [] : [i.state])))].sort();
}
