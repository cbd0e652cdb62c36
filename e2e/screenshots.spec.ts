import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { FleetBoard } from './support/fleet-board.ts';
import { InstanceView } from './support/instance-view.ts';
import { seedWatchlist } from './support/seed-watchlist.ts';
import { expectTheme } from './support/theme.ts';
import { expect, test } from './support/test.ts';

/*
 * Each screenshot is saved in the test's own output folder, attached to the report, and copied to
 * test-results/screenshots/. Playwright empties test-results/ when a run STARTS (not during it),
 * so after a full `npx playwright test` the copies are there to look at.
 */
async function saveScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(name);
  await page.screenshot({ path, fullPage: true, animations: 'disabled', caret: 'hide' });
  await testInfo.attach(name, { path, contentType: 'image/png' });
  const shared = join(testInfo.project.outputDir, 'screenshots');
  await mkdir(shared, { recursive: true });
  await copyFile(path, join(shared, name));
}

/** Shrinks the (tall) viewport to the page, so the full-page shot has no blank tail. */
async function fitViewportToPage(page: Page): Promise<void> {
  const size = page.viewportSize() ?? { width: 1280, height: 800 };
  const height = await page
    .getByRole('main')
    .evaluate((main) => Math.ceil(main.getBoundingClientRect().bottom + window.scrollY));
  await page.setViewportSize({ width: size.width, height });
}

const ERROR_BODY = {
  state: 'error',
  error: {
    error_code: 'CDC.4109',
    error_msg:
      'Powering on the server failed: the BMC did not answer within 300 s. <b>Check the out-of-band network</b> and retry.',
    error_type: 'power_on_error',
  },
};

test.describe('screenshots', () => {
  // Tall enough for the virtualized list to render all 50 demo rows.
  test.use({ viewport: { width: 1280, height: 4200 } });

  for (const theme of ['light', 'dark'] as const) {
    test(`overview of the 50-instance demo fleet (${theme})`, async ({ page, fleet }, testInfo) => {
      const board = new FleetBoard(page);
      await seedWatchlist(page, fleet.projectId, fleet.instanceIds, { theme });
      await page.goto('/');

      await expect(board.summary).toHaveText('50 instances');
      await expect(board.rows).toHaveCount(50);
      await expect(
        board.rows.filter({ hasNot: page.getByRole('img', { name: /^State: / }) }),
      ).toHaveCount(0);
      await expectTheme(page, theme);
      await fitViewportToPage(page);
      await saveScreenshot(page, testInfo, `overview-${theme}.png`);
    });
  }

  for (const theme of ['light', 'dark'] as const) {
    test(`instance view with an error (${theme})`, async ({ page, fleet }, testInfo) => {
      const id = fleet.id(34);
      const view = new InstanceView(page);
      await fleet.pin(id, ERROR_BODY);
      await seedWatchlist(page, fleet.projectId, [id], { theme });
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`/projects/${fleet.projectId}/instances/${id}?tab=error`);

      await expect(view.badge).toHaveAccessibleName('State: Error');
      await expect(view.panel.getByRole('group', { name: 'Power-on failed' })).toContainText(
        'CDC.4109',
      );
      await expectTheme(page, theme);
      await saveScreenshot(page, testInfo, `instance-error-${theme}.png`);
    });
  }
});
