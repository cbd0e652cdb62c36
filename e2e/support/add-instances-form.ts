import type { Locator, Page } from '@playwright/test';

/** "Add instances to the watchlist": a project ID and a pasted list of instance IDs. */
export class AddInstancesForm {
  readonly form: Locator;
  readonly projectId: Locator;
  readonly instanceIds: Locator;
  readonly feedback: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: 'Add instances to the watchlist' });
    this.projectId = this.form.getByRole('textbox', { name: 'Project ID' });
    this.instanceIds = this.form.getByRole('textbox', { name: 'Instance IDs' });
    this.feedback = this.form.getByRole('status');
  }

  /** On a non-empty watchlist the form sits in the collapsed "Add instances" section. */
  async expand(): Promise<void> {
    await this.page.getByRole('button', { name: 'Add instances', exact: true }).click();
  }

  async add(projectId: string, pasted: string): Promise<void> {
    await this.projectId.fill(projectId);
    await this.instanceIds.fill(pasted);
    await this.form.getByRole('button', { name: 'Add to watchlist' }).click();
  }
}
