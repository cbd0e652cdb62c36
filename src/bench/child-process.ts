import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { CleanupStack } from './cleanup-stack.ts';

export interface ChildSpec {
  label: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** stdout and stderr go to this file: the bench process spends no CPU draining them. */
  logPath: string;
  /** Own process group, so a stuck child can be killed with what it forked (nginx workers). */
  group?: boolean;
  readyTimeoutMs?: number;
}

export interface StartedChild<T> {
  pid: number;
  ready: T;
  logPath: string;
  /** SIGTERM, then SIGKILL after 5 s; resolves once the process is gone. */
  stop(): Promise<void>;
}

/** Checks the log (and anything else) for readiness; undefined = not yet. */
export type ReadyCheck<T> = (log: string) => Promise<T | undefined> | T | undefined;

const POLL_MS = 50;
const TERM_GRACE_MS = 5000;

function tail(path: string): string {
  try {
    return readFileSync(path, 'utf8').split('\n').slice(-15).join('\n');
  } catch {
    return '';
  }
}

/** A check that waits for a JSON log line whose `msg` is `msg`, and resolves it parsed. */
export function jsonLogLine(msg: string): ReadyCheck<Record<string, unknown>> {
  return (log) => {
    for (const line of log.split('\n')) {
      if (!line.startsWith('{') || !line.includes(msg)) continue;
      try {
        const parsed = JSON.parse(line) as Record<string, unknown>;
        if (parsed.msg === msg) return parsed;
      } catch {
        // a line still being written
      }
    }
    return undefined;
  };
}

/**
 * Starts a process, registers its stop with `cleanup` at once (so an interrupt during startup
 * stops it too), and polls `isReady` (bounded by readyTimeoutMs) until it answers.
 */
export async function startChild<T>(
  spec: ChildSpec,
  isReady: ReadyCheck<T>,
  cleanup: CleanupStack,
): Promise<StartedChild<T>> {
  const fd = openSync(spec.logPath, 'a', 0o600);
  const child = spawn(spec.command, spec.args, {
    cwd: spec.cwd,
    env: spec.env,
    stdio: ['ignore', fd, fd],
    detached: spec.group ?? false,
  });
  closeSync(fd);
  let exited = child.exitCode !== null;
  const exit = new Promise<void>((resolve) => {
    child.once('exit', () => {
      exited = true;
      resolve();
    });
    child.once('error', () => {
      exited = true;
      resolve();
    });
  });
  const kill = (signal: NodeJS.Signals) => {
    if (exited || child.pid === undefined) return;
    try {
      if (spec.group) process.kill(-child.pid, signal);
      else child.kill(signal);
    } catch {
      // already gone
    }
  };
  const terminate = async () => {
    if (exited) return;
    kill('SIGTERM');
    if (await Promise.race([exit.then(() => true), sleep(TERM_GRACE_MS).then(() => false)])) return;
    kill('SIGKILL');
    await Promise.race([exit, sleep(2000)]);
  };
  const stop = cleanup.defer(spec.label, terminate);

  const deadline = Date.now() + (spec.readyTimeoutMs ?? 20_000);
  for (;;) {
    if (exited) throw new Error(`${spec.label} exited before it was ready:\n${tail(spec.logPath)}`);
    let log = '';
    try {
      log = readFileSync(spec.logPath, 'utf8');
    } catch {
      // not written yet
    }
    const ready = await isReady(log);
    if (ready !== undefined) {
      return { pid: child.pid ?? -1, ready, logPath: spec.logPath, stop };
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${spec.label} was not ready in time:\n${tail(spec.logPath)}`);
    }
    await sleep(POLL_MS);
  }
}
