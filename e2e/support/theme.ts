import { expect, type Page } from '@playwright/test';

/** The page background of each theme (src/app/theme.ts), to be sure a theme really applied. */
const BACKGROUND = { light: 'rgb(245, 247, 250)', dark: 'rgb(14, 17, 22)' } as const;

export async function expectTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await expect(page.locator('body')).toHaveCSS('background-color', BACKGROUND[theme]);
}
