import { AddInstancesForm } from './support/add-instances-form.ts';
import { FleetBoard } from './support/fleet-board.ts';
import { seedWatchlist } from './support/seed-watchlist.ts';
import { expect, test } from './support/test.ts';

const stateBadge = /^State: /;

test.describe('watchlist', () => {
  test('a pasted column of IDs is watched once each and survives a reload', async ({
    page,
    fleet,
  }) => {
    const [a, b, c] = [fleet.id(2), fleet.id(3), fleet.id(4)];
    const board = new FleetBoard(page);
    const form = new AddInstancesForm(page);
    await page.goto('/');

    await form.add(fleet.projectId, `${a}\n${b},\n not/valid\n${c}\n${a}\n`);

    await expect(board.summary).toHaveText('3 instances');
    for (const id of [a, b, c]) await expect(board.badge(id)).toHaveAccessibleName(stateBadge);
    await page.reload();
    await expect(board.summary).toHaveText('3 instances');
    for (const id of [a, b, c]) await expect(board.badge(id)).toHaveAccessibleName(stateBadge);
    await expect(page.getByRole('link', { name: 'not/valid' })).toHaveCount(0);
  });

  test('pasting into a watched list says which IDs are invalid or repeated', async ({
    page,
    fleet,
  }) => {
    const [watched, a, b] = [fleet.id(5), fleet.id(6), fleet.id(7)];
    await seedWatchlist(page, fleet.projectId, [watched]);
    const form = new AddInstancesForm(page);
    await page.goto('/');
    await form.expand();

    await form.add(fleet.projectId, `${a}\nnot/valid\n${b}\n${a}\n${watched}`);

    await expect(form.feedback).toHaveText(
      [
        'Added 2 instances.',
        `Already watched: ${watched}.`,
        `Listed more than once (added once): ${a}.`,
        'Not valid IDs (letters, digits, - and _ only, at most 64 characters): not/valid.',
      ].join(''),
    );
    await expect(new FleetBoard(page).summary).toHaveText('3 instances');
  });

  // BUG (reported): adding to an EMPTY watchlist swaps the empty-state panel for the board, which
  // unmounts the form and its feedback, so the first paste never says what was invalid or repeated.
  test('the first paste into an empty watchlist says which IDs were left out', async ({
    page,
    fleet,
  }) => {
    const form = new AddInstancesForm(page);
    await page.goto('/');

    await form.add(
      fleet.projectId,
      `${fleet.id(2)}
not/valid
${fleet.id(2)}`,
    );

    await expect(page.getByRole('status').filter({ hasText: 'Not valid IDs' })).toContainText(
      'not/valid',
    );
  });
});
