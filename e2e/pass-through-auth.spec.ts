import { test as base, expect } from '@playwright/test';
import { AddInstancesForm } from './support/add-instances-form.ts';
import { FleetBoard } from './support/fleet-board.ts';
import { startPassThroughStack, type PassThroughStack } from './support/pass-through-stack.ts';
import { SignInDialog } from './support/sign-in-dialog.ts';

const TOKEN = 'e2e-secret-token';
const INSTANCE = 'e2e-pass-through-1';

interface SentRequest {
  url: string;
  token: string | undefined;
}

/** Each test gets its own simulator + pass-through dcwatch, apart from the shared demo stack. */
const test = base.extend<{ stack: PassThroughStack; requests: SentRequest[] }>({
  stack: async ({}, use) => {
    const stack = await startPassThroughStack(TOKEN);
    try {
      await stack.sim.pin(stack.projectId, INSTANCE, { state: 'running' });
      await use(stack);
    } finally {
      await stack.stop();
    }
  },
  baseURL: async ({ stack }, use) => {
    await use(stack.url);
  },
  /** Every request the page made, to see where the token travels. */
  requests: async ({ page }, use) => {
    const sent: SentRequest[] = [];
    page.on('request', (request) =>
      sent.push({ url: request.url(), token: request.headers()['x-auth-token'] }),
    );
    await use(sent);
  },
});

test.describe('pass-through sign-in', () => {
  test('a rejected token asks for a new one and keeps the watchlist; the right one loads states', async ({
    page,
    stack,
    requests,
  }) => {
    const signIn = new SignInDialog(page);
    const board = new FleetBoard(page);
    await page.goto('/');
    await signIn.cancel();
    await new AddInstancesForm(page).add(stack.projectId, INSTANCE);
    await expect(board.row(INSTANCE)).toContainText('Sign in to load');

    await page.getByRole('banner').getByRole('button', { name: 'Sign in' }).click();
    await signIn.signIn('wrong-token');

    await expect(signIn.rejected).toBeVisible();
    await signIn.cancel();
    await expect(board.row(INSTANCE)).toContainText('Token rejected');
    await page.getByRole('banner').getByRole('button', { name: 'Sign in' }).click();
    await signIn.signIn(TOKEN);
    await expect(signIn.dialog).toBeHidden();
    await expect(board.badge(INSTANCE)).toHaveAccessibleName('State: Running');
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(stored).toContain(INSTANCE);
    expect(stored).not.toContain(TOKEN);
    expect(requests.filter((r) => r.url.includes(TOKEN))).toEqual([]);
    const withToken = requests.filter((r) => r.token === TOKEN).map((r) => new URL(r.url));
    expect(withToken.length).toBeGreaterThan(0);
    expect(
      withToken.filter((u) => u.origin !== stack.url || !u.pathname.startsWith('/api/')),
    ).toEqual([]);
  });

  test('an expired token mid-session keeps the last states until the operator signs in again', async ({
    page,
    stack,
    requests,
  }) => {
    const signIn = new SignInDialog(page);
    const board = new FleetBoard(page);
    await page.goto('/');
    await signIn.signIn(TOKEN);
    await new AddInstancesForm(page).add(stack.projectId, INSTANCE);
    await expect(board.badge(INSTANCE)).toHaveAccessibleName('State: Running');

    await stack.sim.fault({ status: 401, count: 1, ids: [INSTANCE] });

    await expect(signIn.rejected).toBeVisible({ timeout: 30_000 });
    await signIn.cancel();
    await expect(board.badge(INSTANCE)).toHaveAccessibleName('State: Running');
    await stack.sim.pin(stack.projectId, INSTANCE, { state: 'stopped' });
    await page.getByRole('banner').getByRole('button', { name: 'Sign in' }).click();
    await signIn.signIn(TOKEN);
    await expect(board.badge(INSTANCE)).toHaveAccessibleName('State: Stopped');
    expect(requests.filter((r) => r.url.includes(TOKEN))).toEqual([]);
  });
});
