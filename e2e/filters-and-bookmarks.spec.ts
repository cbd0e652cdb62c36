import type { Page } from '@playwright/test';
import { FleetBoard } from './support/fleet-board.ts';
import { seedWatchlist } from './support/seed-watchlist.ts';
import { expect, test, type Fleet } from './support/test.ts';

const FAILED_POWER_ON = {
  state: 'error',
  error: { error_code: 'CDC.4109', error_msg: 'BMC timeout', error_type: 'power_on_error' },
};

/** Two faulted and three stable instances, watched. */
async function mixedWatchlist(page: Page, fleet: Fleet) {
  const faulted = [fleet.id(12), fleet.id(13)];
  const stable = [fleet.id(14), fleet.id(15), fleet.id(16)];
  for (const id of faulted) await fleet.pin(id, FAILED_POWER_ON);
  for (const id of stable) await fleet.pin(id, { state: 'running' });
  await seedWatchlist(page, fleet.projectId, [...stable, ...faulted]);
  return { faulted, stable };
}

test.describe('filters and bookmarks', () => {
  test('a state-class filter lives in the URL and survives a reload', async ({ page, fleet }) => {
    const { faulted, stable } = await mixedWatchlist(page, fleet);
    const board = new FleetBoard(page);
    await page.goto('/');
    await expect(board.classFilter('Faulted')).toHaveText('Faulted 2');

    await board.classFilter('Faulted').click();

    await expect(page).toHaveURL(/[?&]classes=faulted(&|$)/);
    await expect(board.summary).toHaveText('Showing 2 of 5 instances');
    await expect(board.rows).toHaveCount(2);
    for (const id of faulted) await expect(board.badge(id)).toHaveAccessibleName('State: Error');
    await page.reload();
    await expect(board.classFilter('Faulted')).toHaveAttribute('aria-pressed', 'true');
    await expect(board.summary).toHaveText('Showing 2 of 5 instances');
    await expect(board.rows).toHaveCount(2);
    for (const id of faulted) await expect(board.badge(id)).toHaveAccessibleName('State: Error');
    for (const id of stable) await expect(board.row(id)).toHaveCount(0);
  });

  test('bad values in the URL fall back to the defaults', async ({ page, fleet }) => {
    await mixedWatchlist(page, fleet);
    const board = new FleetBoard(page);

    await page.goto('/?sort=bogus&classes=nope&states=%3Cscript%3E');

    await expect(page.getByRole('heading', { name: 'Fleet overview' })).toBeVisible();
    await expect(board.summary).toHaveText('5 instances');
    await expect(board.classFilter('All')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveText(
      'Needs attention first',
    );
  });
});
