import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The flags Chromium needs on this kind of machine (root, closed network): no sandbox, no GPU, no
 * background traffic. Shared by the e2e suite (playwright.config.ts) and the benchmarks.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Playwright's own Chromium when installed (undefined = its default), else Debian's, else null. */
export function chromiumExecutable(): string | undefined | null {
  if (existsSync(chromium.executablePath())) return undefined;
  return existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : null;
}
