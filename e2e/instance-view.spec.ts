import { FleetBoard } from './support/fleet-board.ts';
import { InstanceView } from './support/instance-view.ts';
import { seedWatchlist } from './support/seed-watchlist.ts';
import { expect, test } from './support/test.ts';

const POWER_ON_ERROR = {
  error_code: 'CDC.4109',
  error_msg:
    'Powering on failed: the BMC answered <b>html</b> instead of JSON. ' +
    `Trace ${'0123456789abcdef'.repeat(12)} ` +
    'Please retry later or contact support if the problem persists.',
  error_type: 'power_on_error',
};

test.describe('operation progress', () => {
  test('a reinstall shows a progress bar while it runs, then its outcome', async ({
    page,
    fleet,
  }) => {
    const id = fleet.id(8);
    const board = new FleetBoard(page);
    await fleet.pin(id, { state: 'stopped', operation_state: 'reinstall-processing' });
    await seedWatchlist(page, fleet.projectId, [id]);
    await page.goto('/');
    await expect(board.row(id)).toContainText('Reinstalling OS in progress');
    await expect(
      board.row(id).getByRole('progressbar', { name: 'Reinstalling OS in progress' }),
    ).toBeVisible();

    await fleet.pin(id, { state: 'running', operation_state: 'reinstall-succeed' });

    await expect(board.row(id)).toContainText('Reinstalling OS succeeded');
    await expect(board.badge(id)).toHaveAccessibleName('State: Running');
    await expect(board.row(id).getByRole('progressbar')).toHaveCount(0);
  });

  test('a failed reinstall says so and leads to its error', async ({ page, fleet }) => {
    const id = fleet.id(9);
    const board = new FleetBoard(page);
    const view = new InstanceView(page);
    await fleet.pin(id, { state: 'stopped', operation_state: 'reinstall-processing' });
    await seedWatchlist(page, fleet.projectId, [id]);
    await page.goto('/');
    await expect(board.row(id).getByRole('progressbar')).toBeVisible();

    await fleet.pin(id, {
      state: 'stopped',
      operation_state: 'reinstall-failed',
      error: {
        error_code: 'CDC.4110',
        error_msg: 'Disk not found',
        error_type: 'reboot_failed_error',
      },
    });
    await expect(board.row(id)).toContainText('Reinstalling OS failed');
    await board.row(id).getByRole('button', { name: 'Show error' }).click();

    await expect(view.tab('Error')).toHaveAttribute('aria-selected', 'true');
    await expect(view.panel.getByRole('group', { name: 'Reboot failed' })).toContainText(
      'Disk not found',
    );
  });
});

test.describe('instance error', () => {
  test('the Error tab shows the error in words and plain text, and copies it as JSON', async ({
    page,
    context,
    fleet,
  }) => {
    const id = fleet.id(10);
    const view = new InstanceView(page);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await fleet.pin(id, { state: 'error', error: POWER_ON_ERROR });
    await seedWatchlist(page, fleet.projectId, [id]);
    await page.goto('/');
    await new FleetBoard(page).row(id).getByRole('link', { name: id }).click();
    await expect(view.heading).toHaveText(id);
    await expect(view.badge).toHaveAccessibleName('State: Error');

    await view.tab('Error').click();

    const panel = view.panel.getByRole('group', { name: 'Power-on failed' });
    await expect(panel).toContainText('CDC.4109');
    await expect(panel.getByText(POWER_ON_ERROR.error_msg, { exact: true })).toBeVisible();
    await expect(panel.locator('b')).toHaveCount(0);
    await panel.getByRole('button', { name: 'Copy as JSON' }).click();
    await expect(panel.getByRole('status')).toHaveText('Copied to the clipboard.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(JSON.parse(copied)).toEqual(POWER_ON_ERROR);
  });

  test('a long error message wraps instead of widening the page', async ({ page, fleet }) => {
    const id = fleet.id(11);
    const view = new InstanceView(page);
    await fleet.pin(id, { state: 'error', error: POWER_ON_ERROR });
    await page.setViewportSize({ width: 480, height: 900 });

    await page.goto(`/projects/${fleet.projectId}/instances/${id}?tab=error`);

    await expect(view.panel.getByText(POWER_ON_ERROR.error_msg, { exact: true })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
