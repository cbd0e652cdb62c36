import { FleetBoard } from './support/fleet-board.ts';
import { seedWatchlist } from './support/seed-watchlist.ts';
import { expect, test } from './support/test.ts';

test.describe('ad-hoc board', () => {
  test('a shared link shows exactly its instances and leaves the watchlist alone', async ({
    page,
    fleet,
  }) => {
    const saved = fleet.id(17);
    const shared = [fleet.id(18), fleet.id(19), fleet.id(20)];
    await seedWatchlist(page, fleet.projectId, [saved]);
    const board = new FleetBoard(page, `Instances of project ${fleet.projectId}`);

    await page.goto(`/projects/${fleet.projectId}?ids=${shared.join(',')}`);

    await expect(board.heading).toHaveText(`Instances of project ${fleet.projectId}`);
    await expect(board.summary).toHaveText('3 instances');
    for (const id of shared) await expect(board.badge(id)).toBeVisible();
    await expect(board.row(saved)).toHaveCount(0);
    await page.getByRole('link', { name: 'dcwatch' }).click();
    const overview = new FleetBoard(page);
    await expect(overview.summary).toHaveText('1 instance');
    await expect(overview.row(saved)).toBeVisible();
  });

  test('"Save to watchlist" adds the board to the watchlist', async ({ page, fleet }) => {
    const saved = fleet.id(17);
    const shared = [fleet.id(18), fleet.id(19), fleet.id(20)];
    await seedWatchlist(page, fleet.projectId, [saved]);
    await page.goto(`/projects/${fleet.projectId}?ids=${shared.join(',')}`);

    await page.getByRole('button', { name: 'Save to watchlist' }).click();

    await expect(page.getByRole('status').filter({ hasText: 'Added' })).toHaveText(
      'Added 3 instances.',
    );
    await page.goto('/');
    const overview = new FleetBoard(page);
    await expect(overview.summary).toHaveText('4 instances');
    for (const id of [saved, ...shared]) await expect(overview.row(id)).toBeVisible();
  });

  test('"Copy link to this view" gives a colleague the same instances and filter', async ({
    page,
    context,
    browser,
    fleet,
  }) => {
    const [stable, alsoStable, faulted] = [fleet.id(21), fleet.id(22), fleet.id(23)];
    await fleet.pin(stable, { state: 'running' });
    await fleet.pin(alsoStable, { state: 'stopped' });
    await fleet.pin(faulted, { state: 'error' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await seedWatchlist(page, fleet.projectId, [stable, alsoStable, faulted]);
    await page.goto('/?classes=stable');
    await expect(new FleetBoard(page).summary).toHaveText('Showing 2 of 3 instances');

    await page.getByRole('button', { name: 'Copy link to this view' }).click();

    await expect(page.getByText('Link copied.')).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const colleague = await browser.newContext();
    try {
      const theirs = await colleague.newPage();
      await theirs.goto(link);
      const board = new FleetBoard(theirs, `Instances of project ${fleet.projectId}`);
      await expect(board.classFilter('Stable')).toHaveAttribute('aria-pressed', 'true');
      await expect(board.summary).toHaveText('Showing 2 of 3 instances');
      await expect(board.badge(stable)).toHaveAccessibleName('State: Running');
      await expect(board.badge(alsoStable)).toHaveAccessibleName('State: Stopped');
    } finally {
      await colleague.close();
    }
  });
});
