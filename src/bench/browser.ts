import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import type { BenchContext } from './bench-context.ts';

/** The same flags the e2e suite uses: no sandbox (containers), no GPU, no background traffic. */
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

/** Headless Chromium, closed by the cleanup stack whatever happens. */
export async function launchChromium(ctx: BenchContext, executablePath: string | undefined) {
  const browser: Browser = await chromium.launch({
    ...(executablePath === undefined ? {} : { executablePath }),
    args: CHROMIUM_ARGS,
    timeout: 60_000,
  });
  const close = ctx.cleanup.defer('chromium', () => browser.close());
  return { browser, close };
}
