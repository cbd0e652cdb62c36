import type { Locator, Page } from '@playwright/test';

/** `/projects/p/instances/i`: the state, the operation, and the Overview / Error / Raw / History tabs. */
export class InstanceView {
  readonly heading: Locator;
  readonly badge: Locator;
  readonly tabs: Locator;
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.badge = page.getByRole('main').getByRole('img', { name: /^State: / });
    this.tabs = page.getByRole('tablist', { name: 'Instance details' });
    this.panel = page.getByRole('tabpanel');
  }

  tab(name: 'Overview' | 'Error' | 'Raw response' | 'History'): Locator {
    return this.tabs.getByRole('tab', { name, exact: true });
  }

  async goto(projectId: string, instanceId: string): Promise<void> {
    await this.page.goto(`/projects/${projectId}/instances/${instanceId}`);
  }
}
