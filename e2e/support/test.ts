import { test as base, expect, type Dcwatch } from './fixtures.ts';

type StatusBody = Record<string, unknown>;

/** One test's handle on the shared simulated fleet: whatever it pins or injects is undone after it. */
export interface Fleet {
  url: string;
  projectId: string;
  instanceIds: string[];
  /** `id(3)` → the fourth demo instance; each spec uses its own indexes. */
  id(index: number): string;
  pin(instanceId: string, body: StatusBody): Promise<void>;
  unpin(instanceId: string): Promise<void>;
  fault(fault: {
    status: 401 | 429 | 500 | 502;
    count: number;
    ids?: string[];
    retryAfterSeconds?: number;
  }): Promise<void>;
}

function fleetOf(dcwatch: Dcwatch, pinned: Set<string>): Fleet {
  const { sim, projectId, instanceIds } = dcwatch;
  return {
    url: dcwatch.url,
    projectId,
    instanceIds,
    id(index) {
      const id = instanceIds[index];
      if (id === undefined) throw new Error(`the demo fleet has no instance #${index}`);
      return id;
    },
    async pin(instanceId, body) {
      pinned.add(instanceId);
      await sim.pin(projectId, instanceId, body);
    },
    async unpin(instanceId) {
      pinned.delete(instanceId);
      await sim.unpin(projectId, instanceId);
    },
    fault: (fault) => sim.fault(fault),
  };
}

/**
 * The worker's dcwatch stack plus a test-scoped `fleet` that unpins every instance the test pinned
 * and drops unused faults when the test ends, pass or fail.
 */
export const test = base.extend<{ fleet: Fleet }>({
  fleet: async ({ dcwatch }, use) => {
    const pinned = new Set<string>();
    await use(fleetOf(dcwatch, pinned));
    await dcwatch.sim.clearFaults();
    await Promise.all([...pinned].map((id) => dcwatch.sim.unpin(dcwatch.projectId, id)));
  },
});

export { expect };
