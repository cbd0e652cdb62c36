import type { Locator, Page } from '@playwright/test';

/** The pass-through "Sign in" dialog that asks for an IAM token. */
export class SignInDialog {
  readonly dialog: Locator;
  readonly rejected: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Sign in' });
    this.rejected = this.dialog.getByText(/Your token was rejected/);
  }

  async signIn(token: string): Promise<void> {
    await this.dialog.getByLabel('IAM token').fill(token);
    await this.dialog.getByRole('button', { name: 'Sign in' }).click();
  }

  async cancel(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Cancel' }).click();
  }
}
