import type { BenchContext } from './bench-context.ts';
import type { BenchOptions } from './bench-options.ts';
import { launchChromium } from './browser.ts';
import { chromiumExecutable } from './chromium-launch.ts';
import { figure, type Figure } from './figures.ts';
import { dashboardFigures } from './dashboard-figures.ts';
import { measureFleetPage, type FleetPageMeasurement } from './measure-fleet-page.ts';
import { startLauncherProcess } from './node-services.ts';

/**
 * The launcher in simulator mode. The cloud's throttle is taken out of the way (the simulator's
 * rate limit off, the proxy's budget and concurrency raised) so that 5,000 first answers at 100 ms
 * each measure the dashboard, not the budget that protects the cloud.
 */
export const DASHBOARD_ENV = {
  SIM_LATENCY_MS: '100',
  SIM_ERROR_RATE: '0',
  SIM_SEED: '1',
  SIM_RATE_LIMIT: 'off',
  UPSTREAM_BUDGET_PER_SEC: '10000',
  UPSTREAM_CONCURRENCY: '512',
} as const;

/** The overview in headless Chromium at 1,000 and 5,000 instances. */
export async function benchDashboard(
  ctx: BenchContext,
  options: BenchOptions,
): Promise<{ figures: Figure[]; details: unknown }> {
  const executable = chromiumExecutable();
  if (executable === null) {
    const note = 'no Chromium (neither Playwright’s nor /usr/bin/chromium): dashboard skipped';
    ctx.notes.push(note);
    return {
      figures: [figure('dashboard', 'dashboard bench', null, '', null, note)],
      details: { note },
    };
  }
  ctx.notes.push(
    `dashboard: launcher in simulator mode with ${Object.entries(DASHBOARD_ENV)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')} (other settings default: PROXY_FRESHNESS_MS 1000, base poll interval 10 s)`,
  );
  const { browser, close } = await launchChromium(ctx, executable);
  const figures: Figure[] = [];
  const measurements: FleetPageMeasurement[] = [];
  for (const size of options.fleetSizes) {
    ctx.log(`dashboard: ${size} instances`);
    const launcher = await startLauncherProcess(ctx, `dashboard-${size}`, {
      ...DASHBOARD_ENV,
      SIM_INSTANCES: String(size),
    });
    try {
      const m = await measureFleetPage(ctx, browser, launcher.url, size, options.steadyS);
      measurements.push(m);
      figures.push(...dashboardFigures(m));
    } finally {
      await launcher.stop();
    }
  }
  await close();
  return {
    figures,
    details: {
      settings: {
        env: DASHBOARD_ENV,
        steadyS: options.steadyS,
        browser: executable ?? 'playwright chromium',
        viewport: '1280x800',
      },
      measurements,
    },
  };
}
