import { describe, expect, it } from 'vitest';
import { countStated } from './class-counts.ts';

describe('countStated', () => {
  it('sums the class chips and takes the total from "All"', () => {
    expect(
      countStated([
        'All 5000',
        'Faulted 12',
        'Changing 300',
        'Unknown 0',
        'Stable 4000',
        'Terminated 100',
      ]),
    ).toEqual({ total: 5000, stated: 4412 });
  });

  it('leaves fetch problems out: a problem is not a state', () => {
    expect(countStated(['All 10', 'Stable 8', 'Fetch problems 2'])).toEqual({
      total: 10,
      stated: 8,
    });
  });

  it('reads numbers with thousands separators', () => {
    expect(countStated(['All 5,000', 'Stable 5,000'])).toEqual({ total: 5000, stated: 5000 });
  });

  it('has no total before the board shows one', () => {
    expect(countStated([])).toEqual({ total: null, stated: 0 });
  });

  it('still works when injected into a page as source text', () => {
    const injected = new Function(`return (${countStated.toString()})`)() as typeof countStated;
    expect(injected(['All 2', 'Stable 2'])).toEqual({ total: 2, stated: 2 });
  });
});
