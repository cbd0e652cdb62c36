import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { BenchContext } from './bench-context.ts';
import { startChild } from './child-process.ts';
import { canConnect, freePort } from './free-port.ts';
import { renderNginxConf } from './nginx-conf.ts';

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** /usr/sbin/nginx, else the first nginx on PATH, else null. */
export function findNginx(): string | null {
  const candidates = [
    '/usr/sbin/nginx',
    ...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'nginx')),
  ];
  return candidates.find((path) => path !== 'nginx' && executable(path)) ?? null;
}

/** `nginx -v` says e.g. "nginx version: nginx/1.22.1" (on stderr); null when it does not run. */
export function nginxVersion(binary: string): string | null {
  if (!executable(binary)) return null;
  const result = spawnSync(binary, ['-v'], { encoding: 'utf8', timeout: 5000 });
  const match = /nginx\/[\w.]+/.exec(`${result.stderr}${result.stdout}`);
  return result.status === 0 && match ? match[0] : null;
}

export interface RunningNginx {
  url: string;
  stop(): Promise<void>;
}

/** nginx in front of the simulator on `upstreamPort`; everything it writes stays in a temp dir. */
export async function startNginx(
  ctx: BenchContext,
  binary: string,
  upstreamPort: number,
): Promise<RunningNginx> {
  let lastError: unknown;
  // The port is chosen before nginx binds it: another process may take it in between, so retry.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const dir = mkdtempSync(join(ctx.tmp, 'nginx-'));
    mkdirSync(join(dir, 'temp'));
    const listenPort = await freePort();
    const conf = join(dir, 'nginx.conf');
    writeFileSync(conf, renderNginxConf({ dir, listenPort, upstreamPort, keepalive: 64 }), {
      mode: 0o600,
    });
    try {
      const child = await startChild(
        {
          label: 'nginx',
          command: binary,
          args: ['-p', `${dir}/`, '-c', conf, '-e', join(dir, 'error.log')],
          env: { PATH: process.env.PATH ?? '' },
          cwd: dir,
          logPath: join(dir, 'stdout.log'),
          group: true,
          readyTimeoutMs: 10_000,
        },
        async () => ((await canConnect(listenPort)) ? true : undefined),
        ctx.cleanup,
      );
      return { url: `http://127.0.0.1:${listenPort}`, stop: child.stop };
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}
