import type { Locator } from '@playwright/test';
import { FleetBoard } from './support/fleet-board.ts';
import { InstanceView } from './support/instance-view.ts';
import { seedWatchlist } from './support/seed-watchlist.ts';
import { expect, test } from './support/test.ts';

const countdown = /Throttled — retrying in \d+ s/;

/** Seconds the row's countdown shows; 0 once it says "retrying now", Infinity when it is gone. */
async function secondsLeft(row: Locator): Promise<number> {
  const [text] = await row.getByText(/Throttled — retrying/).allTextContents();
  if (text === undefined) return Number.POSITIVE_INFINITY;
  if (text.includes('retrying now')) return 0;
  const match = /retrying in (\d+) s/.exec(text);
  return match ? Number(match[1]) : Number.POSITIVE_INFINITY;
}

// Two 429s with Retry-After: 5, then normal answers: recovery takes about 10 s plus a poll.
const RECOVERY = { timeout: 30_000 };

test.describe('throttling (429)', () => {
  test('a throttled row counts down, keeps its last state and recovers', async ({
    page,
    fleet,
  }) => {
    const id = fleet.id(24);
    const board = new FleetBoard(page);
    await fleet.pin(id, { state: 'running' });
    await seedWatchlist(page, fleet.projectId, [id]);
    await page.goto('/');
    await expect(board.badge(id)).toHaveAccessibleName('State: Running');

    await fleet.fault({ status: 429, count: 2, ids: [id], retryAfterSeconds: 5 });

    const row = board.row(id);
    await expect(row.getByText(countdown)).toBeVisible();
    const first = await secondsLeft(row);
    await expect
      .poll(() => secondsLeft(row), { message: 'the countdown ticks' })
      .toBeLessThan(first);
    await expect(board.badge(id)).toHaveAccessibleName('State: Running');
    await expect(row.getByText('Stale:')).toBeVisible();
    await expect(board.classFilter('Faulted')).toHaveText('Faulted 0');
    await expect(row.getByText(countdown)).toHaveCount(0, RECOVERY);
    await expect(board.badge(id)).toHaveAccessibleName('State: Running');
    await expect(row.getByText('Stale:')).toHaveCount(0);
  });

  test('the instance view shows the countdown as a fetch problem, not an instance error', async ({
    page,
    fleet,
  }) => {
    const id = fleet.id(26);
    const view = new InstanceView(page);
    await fleet.pin(id, { state: 'stopped' });
    await seedWatchlist(page, fleet.projectId, []); // nothing watched, a 5 s poll
    await view.goto(fleet.projectId, id);
    await expect(view.badge).toHaveAccessibleName('State: Stopped');

    await fleet.fault({ status: 429, count: 2, ids: [id], retryAfterSeconds: 5 });

    await expect(page.getByRole('main').getByText(countdown)).toBeVisible();
    await expect(view.badge).toHaveAccessibleName('State: Stopped');
    await view.tab('Error').click();
    await expect(view.panel).toHaveText('No error reported for this instance.');
    await expect(page.getByRole('main').getByText(countdown)).toHaveCount(0, RECOVERY);
    await expect(view.badge).toHaveAccessibleName('State: Stopped');
  });
});
