import { join } from 'node:path';
import type { CleanupStack } from './cleanup-stack.ts';

/** What every measuring step shares: where the repo is, a private temp dir, and the cleanup stack. */
export interface BenchContext {
  root: string;
  /** A mkdtemp directory (removed at the end) for logs, nginx files and the browser profile. */
  tmp: string;
  cleanup: CleanupStack;
  /** Lines printed under the table and kept in results.json. */
  notes: string[];
  log(message: string): void;
}

let serial = 0;

/** A fresh file name under the context's temp dir. */
export function tmpPath(ctx: BenchContext, name: string): string {
  serial += 1;
  return join(ctx.tmp, `${String(serial).padStart(2, '0')}-${name}`);
}
