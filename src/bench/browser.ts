import { chromium, type Browser } from '@playwright/test';
import type { BenchContext } from './bench-context.ts';
import { CHROMIUM_ARGS } from './chromium-launch.ts';

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
