import { FleetBoard } from './support/fleet-board.ts';
import { InstanceView } from './support/instance-view.ts';
import { seedWatchlist } from './support/seed-watchlist.ts';
import { expect, test } from './support/test.ts';

const HINT = 'The API sent a state this version of dcwatch does not know';

test.describe('unknown state', () => {
  test('a state dcwatch does not know is shown raw, neutral and explained', async ({
    page,
    fleet,
  }) => {
    const id = fleet.id(27);
    const board = new FleetBoard(page);
    await fleet.pin(id, { state: 'hibernating' });
    await seedWatchlist(page, fleet.projectId, [id]);

    await page.goto('/');

    const badge = board.badge(id);
    await expect(badge).toHaveAccessibleName('State: hibernating (not known to dcwatch)');
    await expect(badge).toHaveText('hibernating');
    await expect(badge).toHaveAttribute('data-severity', 'neutral');
    await expect(board.classFilter('Unknown')).toHaveText('Unknown 1');
    await expect(board.classFilter('Faulted')).toHaveText('Faulted 0');
    await expect(board.row(id)).not.toContainText('Error');
    await badge.hover();
    await expect(page.getByRole('tooltip')).toHaveText(HINT);
  });

  test('the instance view shows the raw state outside the state machine', async ({
    page,
    fleet,
  }) => {
    const id = fleet.id(28);
    const view = new InstanceView(page);
    await fleet.pin(id, { state: 'hibernating' });

    await view.goto(fleet.projectId, id);

    await expect(view.badge).toHaveText('hibernating');
    await expect(view.panel.getByRole('img')).toHaveAccessibleName(
      'Documented instance state machine. The current state (hibernating) is not part of it.',
    );
    await view.badge.focus();
    await expect(page.getByRole('tooltip')).toHaveText(HINT);
  });
});
