import { describe, expect, it } from 'vitest';
import { instanceSearchSchema } from '../instance/instance-search.ts';
import { boardSearchSchema, fleetSearchSchema, toggleInList } from './fleet-search.ts';

describe('fleet search schema', () => {
  it('keeps valid values', () => {
    expect(
      fleetSearchSchema.parse({
        classes: 'faulted,transitional',
        states: 'running,shutting_down',
        sort: 'id',
        q: 'web',
      }),
    ).toEqual({
      classes: 'faulted,transitional',
      states: 'running,shutting_down',
      sort: 'id',
      q: 'web',
    });
  });

  it.each([
    [{ classes: 'faulted,nonsense' }],
    [{ classes: 42 }],
    [{ sort: 'random' }],
    [{ states: '<script>' }],
    [{ q: 'x'.repeat(500) }],
    [{ q: ['a', 'b'] }],
  ])('falls back to the default for %j', (input) => {
    expect(fleetSearchSchema.parse(input)).toEqual({});
  });

  it('keeps the good params when one is bad', () => {
    expect(fleetSearchSchema.parse({ sort: 'bogus', q: 'db' })).toEqual({ q: 'db' });
  });

  it('reads the ids of an ad-hoc board', () => {
    expect(boardSearchSchema.parse({ ids: 'a,b,c' })).toEqual({ ids: 'a,b,c' });
    expect(boardSearchSchema.parse({ ids: { a: 1 } })).toEqual({});
  });
});

describe('instance search schema', () => {
  it('accepts the four tabs and falls back to the overview otherwise', () => {
    expect(instanceSearchSchema.parse({ tab: 'raw' })).toEqual({ tab: 'raw' });
    expect(instanceSearchSchema.parse({ tab: 'secret' })).toEqual({});
  });
});

describe('toggleInList', () => {
  it('adds and removes a value', () => {
    expect(toggleInList(undefined, 'faulted')).toBe('faulted');
    expect(toggleInList('faulted', 'stable')).toBe('faulted,stable');
    expect(toggleInList('faulted,stable', 'faulted')).toBe('stable');
    expect(toggleInList('stable', 'stable')).toBeUndefined();
  });
});
