import type { Locator, Page } from '@playwright/test';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The overview (`/`) or an ad-hoc board (`/projects/p?ids=…`): counts, filters and instance rows. */
export class FleetBoard {
  readonly heading: Locator;
  readonly list: Locator;
  readonly rows: Locator;
  readonly summary: Locator;
  readonly classFilters: Locator;

  constructor(
    readonly page: Page,
    listName = 'Watched instances',
  ) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.list = page.getByRole('list', { name: listName });
    this.rows = this.list.getByRole('listitem');
    this.summary = page.getByRole('status').filter({ hasText: /^(\d+ instances?|Showing .*)$/ });
    this.classFilters = page.getByRole('group', { name: 'Filter by state class' });
  }

  /** A state-class count chip, e.g. `classFilter('Faulted')` for "Faulted 3". */
  classFilter(label: string): Locator {
    return this.classFilters.getByRole('button', { name: new RegExp(`^${escape(label)} \\d+$`) });
  }

  row(instanceId: string): Locator {
    return this.rows.filter({
      has: this.page.getByRole('link', { name: instanceId, exact: true }),
    });
  }

  /** The state badge of a row: role img, named "State: Running". */
  badge(instanceId: string): Locator {
    return this.row(instanceId).getByRole('img', { name: /^State: / });
  }

  async count(label: string): Promise<number> {
    const text = (await this.classFilter(label).textContent()) ?? '';
    return Number(/(\d+)$/.exec(text.trim())?.[1]);
  }

  /** What every rendered row shows right now: instance ID → badge name and operation text. */
  async snapshot(): Promise<Map<string, string>> {
    const rows = await this.rows.evaluateAll((items) =>
      items.map((li) => {
        const id = li.querySelector('a')?.textContent ?? '';
        const badge = li.querySelector('[role="img"][aria-label^="State:"]');
        // The operation's words, not its ticking "for 2 s".
        const op = li.querySelector('.op-outcome')?.parentElement ?? li.querySelector('.op-raw');
        return [
          id,
          `${badge?.getAttribute('aria-label') ?? 'no badge'} | ${op?.textContent ?? ''}`,
        ] as const;
      }),
    );
    return new Map(rows);
  }
}
