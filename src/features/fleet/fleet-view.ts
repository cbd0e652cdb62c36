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

/**
 * Puts `items` in the order they had in `previous` (new ones last), in linear time: sorting that
 * nearly sorted array again costs about one comparison per item instead of n log n.
 */
function inPreviousOrder(items: FleetItem[], previous: readonly FleetItem[]): FleetItem[] {
  const position = new Map<string, number>();
  previous.forEach((item, i) => position.set(item.key, i));
  const slots: (FleetItem | undefined)[] = new Array(previous.length);
  const fresh: FleetItem[] = [];
  for (const item of items) {
    const at = position.get(item.key);
    if (at === undefined || slots[at] !== undefined) fresh.push(item);
    else slots[at] = item;
  }
  return [...slots.filter((item): item is FleetItem => item !== undefined), ...fresh];
}

/**
 * Applies a board's URL filters and sort; pure so it runs once per snapshot. Pass the last result
 * as `previous` and a re-sort after a few changes is nearly free.
 */
export function selectItems(
  items: readonly FleetItem[],
  search: FleetSearch,
  previous?: readonly FleetItem[],
): FleetItem[] {
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
  const start = previous && previous.length > 0 ? inPreviousOrder(selected, previous) : selected;
  return start.sort(COMPARATORS[search.sort ?? 'attention']);
}

/** `selectItems` that remembers its last result, so each re-sort starts from a nearly sorted list. */
export class ItemSelector {
  #last: FleetItem[] = [];

  select(items: readonly FleetItem[], search: FleetSearch): FleetItem[] {
    this.#last = selectItems(items, search, this.#last);
    return this.#last;
  }
}

/** Distinct raw states present, for the state filter's choices. */
export function statesPresent(items: readonly FleetItem[]): string[] {
  return [...new Set(items.flatMap((i) => (i.state === undefined ? [] : [i.state])))].sort();
}
