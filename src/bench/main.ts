import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { BenchContext } from './bench-context.ts';
import {
  BENCH_USAGE,
  BenchArgsError,
  parseBenchArgs,
  type BenchOptions,
  type BenchSection,
} from './bench-options.ts';
import { buildResults } from './bench-results.ts';
import { benchBundle } from './bundle-bench.ts';
import { CleanupStack } from './cleanup-stack.ts';
import { benchCoalescing } from './coalescing-bench.ts';
import { benchDashboard } from './dashboard-bench.ts';
import { figure, type Figure } from './figures.ts';
import { formatTable } from './format-table.ts';
import { findNginx } from './nginx-service.ts';
import { benchProxy } from './proxy-bench.ts';

type SectionRun = (
  ctx: BenchContext,
  options: BenchOptions,
) => Promise<{ figures: Figure[]; details: unknown }>;

const SECTIONS: Record<BenchSection, SectionRun> = {
  bundle: async (ctx) => benchBundle(ctx),
  proxy: benchProxy,
  coalescing: benchCoalescing,
  dashboard: benchDashboard,
};

const root = resolve(import.meta.dirname, '../../..');

/** An upper bound for the whole run, so nothing can keep the machine busy forever. */
function watchdogMs(o: BenchOptions): number {
  const proxy = 6 * (o.durationS + o.warmupS) + 60;
  const dashboard = o.fleetSizes.length * (o.steadyS + 120);
  return (proxy + 2 * o.coalescingS + 120 + dashboard + 120) * 1000;
}

async function run(options: BenchOptions, ctx: BenchContext): Promise<number> {
  const startedAt = new Date();
  const loadAtStart = loadavg();
  const figures: Figure[] = [];
  const details: Partial<Record<BenchSection, unknown>> = {};
  let crashed = 0;
  for (const section of options.only) {
    ctx.log(`\n== ${section}`);
    try {
      const result = await SECTIONS[section](ctx, options);
      figures.push(...result.figures);
      details[section] = result.details;
    } catch (error) {
      crashed += 1;
      const message = error instanceof Error ? error.message : String(error);
      ctx.log(`${section} failed: ${message}`);
      figures.push(
        figure(section, `${section} bench`, null, '', null, `failed: ${message.split('\n')[0]}`),
      );
      details[section] = { error: message };
    } finally {
      const leftovers = await ctx.cleanup.runAll();
      for (const line of leftovers) ctx.notes.push(`could not stop ${line}`);
    }
  }
  const load = (values: number[]) => values.map((n) => n.toFixed(2)).join(' ');
  ctx.notes.push(
    `machine: ${cpus().length} cores, load average ${load(loadAtStart)} at start and ` +
      `${load(loadavg())} at the end: other work running at the same time moves every figure`,
  );
  const results = buildResults({
    startedAt,
    finishedAt: new Date(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      loadAverageAtStart: loadAtStart.map((n) => Math.round(n * 100) / 100),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
    },
    options,
    notes: ctx.notes,
    figures,
    details,
  });
  const out = resolve(root, options.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${formatTable(figures)}\n`);
  for (const note of ctx.notes) console.log(`note: ${note}`);
  const { passed, failed, unjudged } = results.summary;
  console.log(
    `\n${passed} passed, ${failed} failed, ${unjudged} without a target; written to ${out}`,
  );
  return crashed > 0 ? 1 : 0;
}

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = parseBenchArgs(process.argv.slice(2), findNginx());
  } catch (error) {
    if (!(error instanceof BenchArgsError)) throw error;
    console.error(`bench: ${error.message}\n${BENCH_USAGE}`);
    process.exit(2);
  }
  if (options.help) {
    console.log(BENCH_USAGE);
    return;
  }
  const missing = ['dist/node/simulator/main.js', 'dist/node/launcher/main.js'].filter(
    (p) => !existsSync(join(root, p)),
  );
  if (missing.length > 0) {
    console.error(
      `bench: ${missing.join(', ')} missing: run \`npm run build\` (or \`npm run bench\`).`,
    );
    process.exit(2);
  }
  const tmp = mkdtempSync(join(tmpdir(), 'dcwatch-bench-'));
  const ctx: BenchContext = {
    root,
    tmp,
    cleanup: new CleanupStack(),
    notes: [],
    log: (message) => console.log(message),
  };
  const finish = async (code: number) => {
    await ctx.cleanup.runAll();
    rmSync(tmp, { recursive: true, force: true });
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\nbench: ${signal}, stopping everything it started`);
      void finish(130);
    });
  }
  const watchdog = setTimeout(() => {
    console.error('bench: took far longer than planned; stopping');
    void finish(3);
  }, watchdogMs(options));
  watchdog.unref();
  let code = 1;
  try {
    code = await run(options, ctx);
  } finally {
    clearTimeout(watchdog);
    await finish(code);
  }
}

await main();
