import { describe, expect, it } from 'vitest';
import { isLoopback } from './admin-route.ts';
import { startSimulator } from './simulator.test-helpers.ts';

const pinPath = (projectId: string, id: string) => `/__admin/projects/${projectId}/instances/${id}`;

describe('simulator admin API', () => {
  it('is off by default: admin paths are unknown paths', async () => {
    const { get, send } = await startSimulator();
    expect((await get('/__admin/stats')).status).toBe(404);
    expect((await send('POST', '/__admin/faults', { status: 500, count: 1 })).status).toBe(404);
  });

  it('pins a body of any shape until it is deleted', async () => {
    const { sim, get, send, statusPath } = await startSimulator({ admin: true });
    const { projectId, instanceIds } = sim.fleet;
    const id = instanceIds[0] ?? '';
    const natural = await (await get(statusPath(id))).json();
    expect(
      (await send('PUT', pinPath(projectId, id), { state: 'hibernating', extra: 1 })).status,
    ).toBe(200);
    expect(await (await get(statusPath(id))).json()).toEqual({ state: 'hibernating', extra: 1 });
    expect(await (await send('DELETE', pinPath(projectId, id))).json()).toEqual({
      ok: true,
      removed: true,
    });
    expect(await (await get(statusPath(id))).json()).toEqual(natural);
  });

  it('refuses a pin that is not JSON', async () => {
    const { sim, base } = await startSimulator({ admin: true });
    const res = await fetch(base + pinPath(sim.fleet.projectId, 'x'), {
      method: 'PUT',
      body: '{nope',
    });
    expect(res.status).toBe(400);
  });

  it('injects the next count faults, 429 with a plain body and Retry-After 5 by default', async () => {
    const { sim, get, send, statusPath } = await startSimulator({ admin: true });
    const path = statusPath(sim.fleet.instanceIds[0] ?? '');
    expect((await send('POST', '/__admin/faults', { status: 429, count: 2 })).status).toBe(200);
    const first = await get(path);
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('5');
    expect(first.headers.get('content-type')).toContain('text/plain');
    expect((await get(path)).status).toBe(429);
    expect((await get(path)).status).toBe(200);
  });

  it('limits faults to the ids given and honours body, content type and retry-after', async () => {
    const { sim, get, send, statusPath } = await startSimulator({ admin: true });
    const [a = '', b = ''] = sim.fleet.instanceIds;
    const fault = {
      status: 502,
      count: 1,
      ids: [b],
      body: '',
      contentType: 'text/html',
      retryAfterSeconds: 7,
    };
    await send('POST', '/__admin/faults', fault);
    expect((await get(statusPath(a))).status).toBe(200);
    const res = await get(statusPath(b));
    expect(res.status).toBe(502);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(res.headers.get('content-type')).toBe('text/html');
    expect(await res.text()).toBe('');
  });

  it('injects 401 and 500 with JSON error bodies, and rejects bad fault specs', async () => {
    const { sim, get, send, statusPath } = await startSimulator({ admin: true });
    const path = statusPath(sim.fleet.instanceIds[0] ?? '');
    await send('POST', '/__admin/faults', { status: 401, count: 1 });
    await send('POST', '/__admin/faults', { status: 500, count: 1 });
    expect(await (await get(path)).json()).toMatchObject({ error_code: 'APIGW.0301' });
    expect(await (await get(path)).json()).toMatchObject({ error_code: 'CDC.5000' });
    expect((await send('POST', '/__admin/faults', { status: 418, count: 1 })).status).toBe(400);
    expect((await send('POST', '/__admin/faults', { status: 500, count: 0 })).status).toBe(400);
  });

  it('counts requests by instance and status, and resets the counts', async () => {
    const { sim, get, send, statusPath } = await startSimulator({ admin: true });
    const id = sim.fleet.instanceIds[0] ?? '';
    await get(statusPath(id));
    await get(statusPath(id), null);
    await get(statusPath('unknown-id'));
    expect(await (await get('/__admin/stats')).json()).toEqual({
      requests: 3,
      byInstance: { [id]: 2, 'unknown-id': 1 },
      byStatus: { '200': 1, '401': 1, '404': 1 },
    });
    expect((await send('POST', '/__admin/stats/reset')).status).toBe(200);
    expect(await (await get('/__admin/stats')).json()).toEqual({
      requests: 0,
      byInstance: {},
      byStatus: {},
    });
  });

  it('knows loopback addresses', () => {
    expect(['127.0.0.1', '::1', '::ffff:127.0.0.1'].map(isLoopback)).toEqual([true, true, true]);
    expect(['10.0.0.1', '::ffff:192.168.1.2', undefined].map(isLoopback)).toEqual([
      false,
      false,
      false,
    ]);
  });
});
