import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, Page } from '@playwright/test';
import type { BenchContext } from './bench-context.ts';
import { busyPercent, heapAfterGc, recordRequests, sampleMainThread } from './cdp-probes.ts';
import {
  breakdownFirstLoad,
  type FirstLoadBreakdown,
  type LongTask,
  type Span,
} from './first-load.ts';
import {
  OBSERVE_PAGE,
  READ_BATCHES,
  READ_CLICK_AT,
  READ_DOM_CONTENT_LOADED,
  READ_FIRST_STATE,
  READ_LONG_TASKS,
  READ_NOW,
  watchFirstState,
} from './page-probes.ts';
import { requestWindowStats, type RequestWindowStats } from './request-timing.ts';

/** Time until the board counts every instance with a state, and where that time went. */
export interface FirstLoad {
  ms: number | null;
  breakdown: FirstLoadBreakdown | null;
}

export interface FleetPageMeasurement {
  instances: number;
  /** Click on "Watch the demo fleet" → the board counts every instance with a state. */
  afterClick: FirstLoad;
  /** Reload with the watchlist saved: DOMContentLoaded → every instance with a state. */
  afterReload: FirstLoad & { domContentLoadedMs: number | null };
  steadyS: number;
  requests: RequestWindowStats;
  mainThreadBusyPct: number;
  longTasks: { count: number; longestMs: number };
  heapAfterGcMb: { start: number; end: number };
}

const FIRST_STATE_TIMEOUT_MS = 60_000;
const SETTLE_MS = 3000;
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 100) / 100;
const num = (value: unknown) => (typeof value === 'number' ? value : null);

async function firstLoad(page: Page, fromMs: number | null): Promise<FirstLoad> {
  const doneAt = num(await page.evaluate(READ_FIRST_STATE));
  if (doneAt === null || fromMs === null) return { ms: null, breakdown: null };
  const batches = (await page.evaluate(READ_BATCHES)) as Span[];
  const tasks = (await page.evaluate(READ_LONG_TASKS)) as LongTask[];
  return { ms: doneAt - fromMs, breakdown: breakdownFirstLoad(batches, tasks, fromMs, doneAt) };
}

const shown = (load: FirstLoad) =>
  load.ms === null
    ? 'never'
    : `${load.ms.toFixed(0)} ms (last batch answer ${load.breakdown?.lastBatchAnswerMs} ms, ` +
      `${load.breakdown?.batches} batches, ${load.breakdown?.longTasks} long tasks)`;

/** One fresh browser context on the dashboard: first load by click, steady polling, reload. */
export async function measureFleetPage(
  ctx: BenchContext,
  browser: Browser,
  url: string,
  instances: number,
  steadyS: number,
): Promise<FleetPageMeasurement> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const closeContext = ctx.cleanup.defer('browser context', () => context.close());
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const records = await recordRequests(cdp);
    await page.addInitScript({ content: OBSERVE_PAGE });
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    const watch = page.getByRole('button', { name: /^Watch the demo fleet/ });
    await watch.waitFor({ timeout: 30_000 });

    await page.evaluate(watchFirstState(instances, FIRST_STATE_TIMEOUT_MS));
    await watch.click();
    const afterClick = await firstLoad(page, num(await page.evaluate(READ_CLICK_AT)));
    ctx.log(`  ${instances}: first state after click ${shown(afterClick)}`);

    await sleep(SETTLE_MS);
    const heapStart = await heapAfterGc(cdp);
    const from = await sampleMainThread(cdp);
    const fromNow = Number(await page.evaluate(READ_NOW));
    ctx.log(`  ${instances}: steady polling for ${steadyS} s`);
    await sleep(steadyS * 1000);
    const to = await sampleMainThread(cdp);
    const toNow = Number(await page.evaluate(READ_NOW));
    const heapEnd = await heapAfterGc(cdp);
    const tasks = ((await page.evaluate(READ_LONG_TASKS)) as LongTask[]).filter(
      (t) => t.start >= fromNow && t.start < toNow,
    );
    const requests = requestWindowStats(records, from.timestamp * 1000, to.timestamp * 1000);

    await page.addInitScript({ content: watchFirstState(instances, FIRST_STATE_TIMEOUT_MS) });
    await page.reload({ waitUntil: 'domcontentloaded', timeout: 30_000 });
    const dcl = num(await page.evaluate(READ_DOM_CONTENT_LOADED));
    const afterReload = { ...(await firstLoad(page, dcl)), domContentLoadedMs: dcl };
    ctx.log(`  ${instances}: first state after reload ${shown(afterReload)}`);

    return {
      instances,
      afterClick,
      afterReload,
      steadyS,
      requests,
      mainThreadBusyPct: busyPercent(from, to),
      longTasks: { count: tasks.length, longestMs: Math.max(0, ...tasks.map((t) => t.duration)) },
      heapAfterGcMb: { start: mb(heapStart), end: mb(heapEnd) },
    };
  } finally {
    await closeContext();
  }
}
