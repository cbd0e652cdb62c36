import { describe, expect, it } from 'vitest';
import type { FleetItem } from './fleet-item.ts';
import { countItems, selectItems } from './fleet-view.ts';

const item = (instanceId: string, over: Partial<FleetItem>): FleetItem => ({
  projectId: 'p',
  instanceId,
  key: `p/${instanceId}`,
  stateClass: 'stable',
  hasError: false,
  problem: null,
  rank: 5,
  ...over,
});

const items = [
  item('c-run', { state: 'running', updatedAt: 3 }),
  item('a-err', { state: 'error', stateClass: 'faulted', rank: 0, updatedAt: 1 }),
  item('b-pend', {
    state: 'pending',
    stateClass: 'transitional',
    rank: 3,
    label: 'db',
    updatedAt: 2,
  }),
  item('d-thr', { state: 'running', problem: 'throttled', rank: 2 }),
  item('e-new', { stateClass: null, rank: 4 }),
];

describe('fleet view', () => {
  it('counts per state class and fetch problems', () => {
    expect(countItems(items)).toMatchObject({
      stable: 2,
      faulted: 1,
      transitional: 1,
      unknown: 0,
      problems: 1,
      total: 5,
    });
  });

  it('sorts what needs attention first by default', () => {
    expect(selectItems(items, {}).map((i) => i.instanceId)).toEqual([
      'a-err',
      'd-thr',
      'b-pend',
      'e-new',
      'c-run',
    ]);
  });

  it('sorts by id, state or last update', () => {
    expect(selectItems(items, { sort: 'id' }).map((i) => i.instanceId)).toEqual([
      'a-err',
      'b-pend',
      'c-run',
      'd-thr',
      'e-new',
    ]);
    expect(selectItems(items, { sort: 'updated' })[0]?.instanceId).toBe('c-run');
    expect(selectItems(items, { sort: 'state' })[0]?.state).toBe('error');
  });

  it('filters by class, state and text (ID or label)', () => {
    expect(selectItems(items, { classes: 'faulted,transitional' })).toHaveLength(2);
    expect(selectItems(items, { states: 'running' })).toHaveLength(2);
    expect(selectItems(items, { q: 'DB' }).map((i) => i.instanceId)).toEqual(['b-pend']);
  });
});

describe('selectItems with the previous result', () => {
  it('sorts to the same order as from scratch, new items included', () => {
    const previous = selectItems(items.slice(0, 3), {});
    const changed = items.map((i) => (i.instanceId === 'c-run' ? { ...i, rank: 0 } : i));
    expect(selectItems(changed, {}, previous).map((i) => i.instanceId)).toEqual(
      selectItems(changed, {}).map((i) => i.instanceId),
    );
  });
});
