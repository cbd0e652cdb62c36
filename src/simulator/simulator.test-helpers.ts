import { afterEach } from 'vitest';
import { createSimulator, type Simulator, type SimulatorOptions } from './create-simulator.ts';

export const TEST_TOKEN = 'test-token-0123456789';

const running: Simulator[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((sim) => sim.close()));
});

/** A simulator on 127.0.0.1, port 0, no latency; closed after each test. */
export async function startSimulator(options: Partial<SimulatorOptions> = {}) {
  const sim = createSimulator({ token: TEST_TOKEN, latencyMs: { min: 0, max: 0 }, ...options });
  running.push(sim);
  const base = await sim.listen(0, '127.0.0.1');
  const statusPath = (id: string, projectId = sim.fleet.projectId) =>
    `/v1/${projectId}/instances/${id}/status`;
  const get = (path: string, token: string | null = TEST_TOKEN) =>
    fetch(base + path, { headers: token === null ? {} : { 'X-Auth-Token': token } });
  const send = (method: string, path: string, body?: unknown) =>
    fetch(base + path, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  return { sim, base, statusPath, get, send };
}
