import { describe, expect, it } from 'vitest';
import { isDocumentedTransition } from '../domain/state-machine.ts';
import { createFleet } from './fleet.ts';
import { startSimulator, TEST_TOKEN } from './simulator.test-helpers.ts';

describe('simulator status route over HTTP', () => {
  it('answers a fleet instance with its status as JSON', async () => {
    const { sim, get, statusPath } = await startSimulator({ seed: 4, instances: 20 });
    const model = createFleet({ seed: 4, instances: 20 });
    const id = sim.fleet.instanceIds[0] ?? '';
    const res = await get(statusPath(id));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(await res.json()).toEqual(JSON.parse(model.bodyAt(id, 0) ?? 'null'));
  });

  it('gives the same fleet for the same seed and follows an injected clock', async () => {
    let now = 1_000;
    const { sim, get, statusPath } = await startSimulator({
      seed: 9,
      instances: 30,
      speed: 60,
      now: () => now,
    });
    const model = createFleet({ seed: 9, instances: 30 });
    expect(sim.fleet).toEqual({ projectId: model.projectId, instanceIds: model.instanceIds });
    // The instances that change within the 10 simulated minutes walked below.
    const busy = model.instanceIds.filter((id) => (model.segmentAt(id, 0)?.end ?? 0) < 9 * 60_000);
    const previous = new Map<string, string>();
    const changes: string[] = [];
    for (let step = 0; step < 40; step++) {
      now += 250; // 15 simulated seconds at speed 60, under the shortest dwell time
      for (const id of busy) {
        const body = (await (await get(statusPath(id))).json()) as { state: string };
        expect(JSON.stringify(body)).toBe(model.bodyAt(id, (now - 1_000) * 60));
        const before = previous.get(id);
        if (before !== undefined && before !== body.state) changes.push(`${before}>${body.state}`);
        previous.set(id, body.state);
      }
    }
    expect(
      changes.filter((c) => !isDocumentedTransition(...(c.split('>') as [string, string]))),
    ).toEqual([]);
  });

  it('answers 401 with an APIGW error, without echoing the token, when it is missing or wrong', async () => {
    const { sim, get, statusPath } = await startSimulator();
    const path = statusPath(sim.fleet.instanceIds[0] ?? '');
    const missing = await get(path, null);
    expect(missing.status).toBe(401);
    expect(await missing.json()).toMatchObject({
      error_code: 'APIGW.0301',
      error_msg: expect.stringMatching(/^Incorrect IAM authentication information: /),
    });
    const wrong = await get(path, 'secret-but-wrong');
    expect(wrong.status).toBe(401);
    const text = await wrong.text();
    expect(JSON.parse(text)).toMatchObject({ error_code: 'APIGW.0301' });
    expect(text).not.toContain('secret-but-wrong');
  });

  it('answers 429 with a plain-string body and Retry-After past the budget', async () => {
    const { sim, get, statusPath } = await startSimulator({
      rateLimit: { perSecond: 1, burst: 2 },
      now: () => 0,
    });
    const path = statusPath(sim.fleet.instanceIds[0] ?? '');
    expect((await get(path)).status).toBe(200);
    expect((await get(path)).status).toBe(200);
    const res = await get(path);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(res.headers.get('content-type')).toContain('text/plain');
    const body = await res.text();
    expect(body).toMatch(/^The throttling threshold has been reached/);
    expect(() => JSON.parse(body) as unknown).toThrow();
  });

  it('does not throttle when the rate limit is off', async () => {
    const { sim, get, statusPath } = await startSimulator({ rateLimit: null, now: () => 0 });
    const path = statusPath(sim.fleet.instanceIds[0] ?? '');
    const statuses = await Promise.all(
      Array.from({ length: 30 }, async () => (await get(path)).status),
    );
    expect(new Set(statuses)).toEqual(new Set([200]));
  });

  it('answers 404 with an error body for unknown projects and instances', async () => {
    const { sim, get, statusPath } = await startSimulator();
    const unknownInstance = await get(statusPath('no-such-instance'));
    expect(unknownInstance.status).toBe(404);
    expect(await unknownInstance.json()).toMatchObject({ error_code: 'CDC.1002' });
    const unknownProject = await get(statusPath(sim.fleet.instanceIds[0] ?? '', 'f'.repeat(32)));
    expect(unknownProject.status).toBe(404);
    expect(await unknownProject.json()).toMatchObject({ error_code: 'CDC.1001' });
  });

  it('answers 404 on other paths and 405 on other methods', async () => {
    const { sim, base, get, statusPath } = await startSimulator();
    const other = await get('/v1/instances');
    expect(other.status).toBe(404);
    expect(await other.json()).toMatchObject({ error_code: 'APIGW.0101' });
    const post = await fetch(base + statusPath(sim.fleet.instanceIds[0] ?? ''), {
      method: 'POST',
      headers: { 'X-Auth-Token': TEST_TOKEN },
    });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET');
  });

  it('answers 500 with a JSON error body at errorRate 1', async () => {
    const { sim, get, statusPath } = await startSimulator({ errorRate: 1 });
    const res = await get(statusPath(sim.fleet.instanceIds[0] ?? ''));
    expect(res.status).toBe(500);
    expect(await res.json()).toMatchObject({
      error_code: 'CDC.5000',
      error_msg: expect.any(String),
    });
  });

  it('delays answers by the injected latency draw and still answers', async () => {
    const { sim, get, statusPath } = await startSimulator({
      latencyMs: { min: 1, max: 3 },
      random: () => 0.5,
    });
    expect((await get(statusPath(sim.fleet.instanceIds[0] ?? ''))).status).toBe(200);
  });

  it('rejects impossible options', async () => {
    const { createSimulator } = await import('./create-simulator.ts');
    expect(() => createSimulator({ token: '' })).toThrow(/token/);
    expect(() => createSimulator({ token: 't', speed: 0 })).toThrow(/speed/);
    expect(() => createSimulator({ token: 't', errorRate: 2 })).toThrow(/errorRate/);
    expect(() => createSimulator({ token: 't', latencyMs: { min: 5, max: 1 } })).toThrow(
      /latencyMs/,
    );
  });
});
