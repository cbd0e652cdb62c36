import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { FleetBoard } from './support/fleet-board.ts';
import { InstanceView } from './support/instance-view.ts';
import { seedWatchlist } from './support/seed-watchlist.ts';
import { expectTheme } from './support/theme.ts';
import { expect, test, type Fleet } from './support/test.ts';

const ERROR_BODY = {
  state: 'error',
  error: {
    error_code: 'CDC.4109',
    error_msg: 'The BMC did not answer the power-on request in time.',
    error_type: 'power_on_error',
  },
};

/** Serious and critical axe violations, WCAG 2.x A/AA, as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary ?? ''}`,
      ),
    );
}

/** A watchlist with each kind of row: failed, changing, unknown, stable. */
async function variedFleet(fleet: Fleet): Promise<string[]> {
  const ids = [fleet.id(29), fleet.id(30), fleet.id(31), fleet.id(32)];
  await fleet.pin(ids[0]!, ERROR_BODY);
  await fleet.pin(ids[1]!, { state: 'stopped', operation_state: 'reinstall-processing' });
  await fleet.pin(ids[2]!, { state: 'hibernating' });
  await fleet.pin(ids[3]!, { state: 'running', operation_state: 'modify-ip-failed' });
  return ids;
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`accessibility (${theme})`, () => {
    test('the overview has no serious violations', async ({ page, fleet }) => {
      const ids = await variedFleet(fleet);
      await seedWatchlist(page, fleet.projectId, ids, { theme });
      const board = new FleetBoard(page);
      await page.goto('/');
      await expect(board.rows.getByRole('img', { name: /^State: / })).toHaveCount(ids.length);
      await expectTheme(page, theme);

      expect(await seriousViolations(page)).toEqual([]);
    });

    test('the instance view of an error has no serious violations', async ({ page, fleet }) => {
      const id = fleet.id(33);
      await fleet.pin(id, ERROR_BODY);
      await seedWatchlist(page, fleet.projectId, [id], { theme });
      const view = new InstanceView(page);
      await page.goto(`/projects/${fleet.projectId}/instances/${id}?tab=error`);
      await expect(view.panel.getByRole('group', { name: 'Power-on failed' })).toBeVisible();
      await expectTheme(page, theme);

      expect(await seriousViolations(page)).toEqual([]);
    });

    test('an ad-hoc board has no serious violations', async ({ page, fleet }) => {
      const ids = await variedFleet(fleet);
      await seedWatchlist(page, fleet.projectId, [], { theme });
      const board = new FleetBoard(page, `Instances of project ${fleet.projectId}`);
      await page.goto(`/projects/${fleet.projectId}?ids=${ids.join(',')}`);
      await expect(board.rows.getByRole('img', { name: /^State: / })).toHaveCount(ids.length);
      await expectTheme(page, theme);

      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}
