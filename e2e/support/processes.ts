import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

export interface Started {
  /** The first JSON log line that matched, as parsed. */
  ready: Record<string, unknown>;
  stop(): Promise<void>;
}

/**
 * Start a compiled entry (`dist/node/...`) with plain node and wait for a JSON log line whose `msg`
 * is `readyMsg`. Output is kept for the failure message; the child is killed on stop.
 */
export async function startNode(
  entry: string,
  args: string[],
  env: Record<string, string>,
  readyMsg: string,
): Promise<Started> {
  const child = spawn(process.execPath, [resolve(root, 'dist/node', entry), ...args], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const ready = await new Promise<Record<string, unknown>>((resolveReady, reject) => {
    const timer = setTimeout(() => fail(new Error(`timed out waiting for "${readyMsg}"`)), 20_000);
    function fail(error: Error) {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${entry}: ${error.message}\n${output.join('\n')}`));
    }
    child.once('exit', (code) => fail(new Error(`exited with ${code}`)));
    createInterface({ input: child.stderr! }).on('line', (line) => output.push(line));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      output.push(line);
      if (!line.startsWith('{')) return;
      try {
        const parsed = JSON.parse(line) as Record<string, unknown>;
        if (parsed.msg === readyMsg) {
          clearTimeout(timer);
          child.removeAllListeners('exit');
          resolveReady(parsed);
        }
      } catch {
        // not a JSON line
      }
    });
  });
  return { ready, stop: () => stop(child) };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await once(child, 'exit');
  clearTimeout(timer);
}
