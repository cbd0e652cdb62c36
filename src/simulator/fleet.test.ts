import { describe, expect, it } from 'vitest';
import { createFleet } from './fleet.ts';
import { segmentBody } from './segment.ts';

const MINUTE = 60_000;
const stateAt = (fleet: ReturnType<typeof createFleet>, t: number) =>
  fleet.instanceIds.map((id) => fleet.bodyAt(id, t));

describe('createFleet', () => {
  it('derives a 32-hex project id and UUID-shaped, unique instance ids from the seed', () => {
    const fleet = createFleet({ seed: 1, instances: 500 });
    expect(fleet.projectId).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(fleet.instanceIds).size).toBe(500);
    for (const id of fleet.instanceIds) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });

  it('builds the same fleet and the same state sequence from the same seed', () => {
    const a = createFleet({ seed: 7, instances: 100 });
    const b = createFleet({ seed: 7, instances: 100 });
    expect(b.projectId).toBe(a.projectId);
    expect(b.instanceIds).toEqual(a.instanceIds);
    for (let t = 0; t <= 180 * MINUTE; t += 10 * MINUTE) {
      expect(stateAt(b, t)).toEqual(stateAt(a, t));
    }
  });

  it('builds a different fleet from another seed', () => {
    const a = createFleet({ seed: 1, instances: 10 });
    const b = createFleet({ seed: 2, instances: 10 });
    expect(b.projectId).not.toBe(a.projectId);
    expect(b.instanceIds).not.toEqual(a.instanceIds);
  });

  it('answers the same whether asked often, rarely, or after the clock went back', () => {
    const often = createFleet({ seed: 3, instances: 50 });
    const rarely = createFleet({ seed: 3, instances: 50 });
    for (let t = 0; t <= 240 * MINUTE; t += MINUTE / 2) stateAt(often, t);
    expect(stateAt(rarely, 240 * MINUTE)).toEqual(stateAt(often, 240 * MINUTE));
    expect(stateAt(often, 30 * MINUTE)).toEqual(stateAt(rarely, 30 * MINUTE));
  });

  it('keeps a project id given to it and knows only its own instances', () => {
    const fleet = createFleet({ seed: 1, instances: 3, projectId: 'my-project' });
    expect(fleet.projectId).toBe('my-project');
    expect(fleet.has(fleet.instanceIds[0] ?? '')).toBe(true);
    expect(fleet.bodyAt('not-an-instance', 0)).toBeUndefined();
  });

  it('looks alive: mostly running or stopped, some busy, a few in error, few terminated', () => {
    const fleet = createFleet({ seed: 1, instances: 2000 });
    for (const t of [0, 60 * MINUTE, 24 * 60 * MINUTE]) {
      const segments = fleet.instanceIds.map((id) => fleet.segmentAt(id, t));
      const share = (test: (s: (typeof segments)[number]) => boolean) =>
        segments.filter(test).length / segments.length;
      expect(share((s) => s?.state === 'running' || s?.state === 'stopped')).toBeGreaterThan(0.75);
      expect(share((s) => s?.state === 'error')).toBeGreaterThan(0.01);
      expect(share((s) => s?.state === 'error')).toBeLessThan(0.06);
      expect(share((s) => s?.operation?.endsWith('-processing') === true)).toBeGreaterThan(0.02);
      expect(share((s) => s?.state === 'terminated')).toBeLessThan(0.1);
    }
  });

  it('serialises only the fields that are set', () => {
    const fleet = createFleet({ seed: 1, instances: 200 });
    const bodies = fleet.instanceIds.map((id) => {
      const segment = fleet.segmentAt(id, 0);
      return segment === undefined ? {} : (JSON.parse(segmentBody(segment)) as object);
    });
    expect(bodies.some((b) => !('operation_state' in b))).toBe(true);
    expect(
      bodies.every((b) =>
        Object.keys(b).every((k) => ['state', 'operation_state', 'error'].includes(k)),
      ),
    ).toBe(true);
  });
});
