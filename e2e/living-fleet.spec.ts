import { FleetBoard } from './support/fleet-board.ts';
import { expect, test } from './support/test.ts';

// Tall enough that the virtualized list renders all 50 demo rows at once.
test.use({ viewport: { width: 1280, height: 4200 } });

const PINNED = 0;

test.describe('living fleet', () => {
  test('watching the demo fleet shows a state badge on every row', async ({ page }) => {
    const board = new FleetBoard(page);
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Your watchlist is empty' })).toBeVisible();

    await page.getByRole('button', { name: /^Watch the demo fleet/ }).click();

    await expect(board.summary).toHaveText('50 instances');
    await expect(board.rows).toHaveCount(50);
    await expect(
      board.rows.filter({ hasNot: page.getByRole('img', { name: /^State: / }) }),
    ).toHaveCount(0);
  });

  test('a pinned instance turns from Pending to Running', async ({ page, fleet }) => {
    const id = fleet.id(PINNED);
    const board = new FleetBoard(page);
    await fleet.pin(id, { state: 'pending', operation_state: 'install-processing' });
    await page.goto('/');
    await page.getByRole('button', { name: /^Watch the demo fleet/ }).click();
    await expect(board.badge(id)).toHaveAccessibleName('State: Pending');

    await fleet.pin(id, { state: 'running', operation_state: 'install-succeed' });

    await expect(board.badge(id)).toHaveAccessibleName('State: Running');
  });

  test('the simulated fleet changes state on its own', async ({ page }) => {
    const board = new FleetBoard(page);
    await page.goto('/');
    await page.getByRole('button', { name: /^Watch the demo fleet/ }).click();
    await expect(board.rows).toHaveCount(50);
    await expect(
      board.rows.filter({ hasNot: page.getByRole('img', { name: /^State: / }) }),
    ).toHaveCount(0);
    const before = await board.snapshot();

    await expect
      .poll(
        async () => {
          const now = await board.snapshot();
          return [...now].filter(([id, shown]) => before.has(id) && before.get(id) !== shown)
            .length;
        },
        { message: 'some instance shows a new state or operation', timeout: 30_000 },
      )
      .toBeGreaterThan(0);
  });
});
