import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isValidId } from '../domain/ids.ts';
import { adminRoute, type AdminDeps } from './admin-route.ts';
import { createFaultQueue } from './faults.ts';
import { createFleet } from './fleet.ts';
import { createRateLimiter } from './rate-limiter.ts';
import { errorReply, sendReply, type Reply } from './reply.ts';
import { resolveOptions, type SimulatorOptions } from './simulator-options.ts';
import { createStats } from './stats.ts';
import { createStatusRoute } from './status-route.ts';
import { METHOD_NOT_ALLOWED, NO_SUCH_API } from './upstream-replies.ts';

export type { SimulatorOptions } from './simulator-options.ts';

/** A running (or ready to run) upstream stand-in. */
export interface Simulator {
  server: Server;
  fleet: { projectId: string; instanceIds: string[] };
  /** Starts listening (default port 0 on 127.0.0.1); resolves the base URL. */
  listen(port?: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The CloudDC status API stand-in: a deterministic fleet behind auth, throttling, latency and faults.
 * @example const sim = createSimulator({ token: 't', latencyMs: { min: 0, max: 0 } }); await sim.listen();
 */
export function createSimulator(options: SimulatorOptions): Simulator {
  const opts = resolveOptions(options);
  const fleet = createFleet(opts);
  const startedAt = opts.now();
  const admin: AdminDeps = { pins: new Map(), faults: createFaultQueue(), stats: createStats() };
  const status = createStatusRoute({
    ...opts,
    ...admin,
    fleet,
    limiter: opts.rateLimit === null ? null : createRateLimiter(opts.rateLimit, opts.now),
    simNow: () => Math.max(0, opts.now() - startedAt) * opts.speed,
  });
  const { min, max } = opts.latencyMs;
  const timers = new Set<NodeJS.Timeout>();

  function reply(req: IncomingMessage, path: string): Reply {
    const parts = path.split('/');
    if (
      parts.length !== 6 ||
      parts[1] !== 'v1' ||
      parts[3] !== 'instances' ||
      parts[5] !== 'status'
    ) {
      admin.stats.record(404);
      return NO_SUCH_API;
    }
    const [projectId = '', instanceId = ''] = [parts[2], parts[4]];
    const token = req.headers['x-auth-token'];
    const answer =
      req.method !== 'GET'
        ? METHOD_NOT_ALLOWED
        : status(projectId, instanceId, typeof token === 'string' ? token : undefined);
    admin.stats.record(answer.status, isValidId(instanceId) ? instanceId : undefined);
    return answer;
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const url = req.url ?? '/';
    const query = url.indexOf('?');
    const path = query === -1 ? url : url.slice(0, query);
    if (opts.admin && path.startsWith('/__admin/')) {
      adminRoute(req, path, admin).then(
        (answer) => sendReply(res, answer),
        () => sendReply(res, errorReply(500, 'SIM.INTERNAL', 'Admin request failed')),
      );
      return;
    }
    const answer = reply(req, path);
    const delay = max === 0 ? 0 : min + opts.random() * (max - min);
    if (delay < 1) {
      sendReply(res, answer);
      return;
    }
    const timer = setTimeout(() => {
      timers.delete(timer);
      sendReply(res, answer);
    }, delay);
    timers.add(timer);
  }

  const server = createServer({ keepAlive: true, noDelay: true }, handle);
  server.keepAliveTimeout = 30_000;

  return {
    server,
    fleet: { projectId: fleet.projectId, instanceIds: [...fleet.instanceIds] },
    listen(port = 0, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const address = server.address() as AddressInfo;
          const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolve(`http://${shown}:${address.port}`);
        });
      });
    },
    close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      return new Promise((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
