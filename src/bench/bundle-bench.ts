import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchContext } from './bench-context.ts';
import { TARGETS } from './bench-targets.ts';
import { entryScripts } from './entry-assets.ts';
import { figure, type Figure } from './figures.ts';
import { round, sum } from './stats.ts';

export interface Chunk {
  file: string;
  bytes: number;
  gzipBytes: number;
  firstLoad: boolean;
}

const kb = (bytes: number) => round(bytes / 1024, 1);

function gzipSize(path: string): { bytes: number; gzipBytes: number } {
  const content = readFileSync(path);
  return { bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}

/** gzip -9 size of the JavaScript index.html loads (entry + modulepreloads), and of every chunk. */
export function benchBundle(ctx: BenchContext): { figures: Figure[]; details: unknown } {
  const web = join(ctx.root, 'dist/web');
  const indexPath = join(web, 'index.html');
  if (!existsSync(indexPath)) {
    const note = 'dist/web/index.html missing: run `npm run build` first';
    return {
      figures: [
        figure('bundle', 'first-load JS (gzip -9)', null, 'KB', TARGETS.firstLoadJsKb, note),
      ],
      details: { note },
    };
  }
  const firstLoad = entryScripts(readFileSync(indexPath, 'utf8')).map((url) =>
    url.replace(/^\//, ''),
  );
  const assets = join(web, 'assets');
  const lazy = existsSync(assets)
    ? readdirSync(assets)
        .filter((f) => f.endsWith('.js'))
        .map((f) => `assets/${f}`)
        .filter((f) => !firstLoad.includes(f))
    : [];
  const chunks: Chunk[] = [
    ...firstLoad.map((file) => ({ file, ...gzipSize(join(web, file)), firstLoad: true })),
    ...lazy.map((file) => ({ file, ...gzipSize(join(web, file)), firstLoad: false })),
  ];
  const first = chunks.filter((c) => c.firstLoad);
  const firstGzip = sum(first.map((c) => c.gzipBytes));
  for (const c of chunks) {
    ctx.log(
      `  ${c.firstLoad ? 'first load' : 'lazy      '} ${c.file}: ${kb(c.bytes)} KB, ${kb(c.gzipBytes)} KB gzip`,
    );
  }
  return {
    figures: [
      figure(
        'bundle',
        'first-load JS (gzip -9)',
        kb(firstGzip),
        'KB',
        TARGETS.firstLoadJsKb,
        `${first.length} file(s)`,
      ),
      figure('bundle', 'first-load JS (raw)', kb(sum(first.map((c) => c.bytes))), 'KB'),
      figure(
        'bundle',
        'lazy JS chunks (gzip -9)',
        kb(sum(chunks.filter((c) => !c.firstLoad).map((c) => c.gzipBytes))),
        'KB',
        null,
        `${chunks.length - first.length} file(s)`,
      ),
    ],
    details: { chunks },
  };
}
