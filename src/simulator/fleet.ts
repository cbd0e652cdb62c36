import { createLifecycle, type Lifecycle } from './lifecycle.ts';
import { deriveSeed, mulberry32, randomHex, randomUuid } from './prng.ts';
import { segmentBody, type Segment } from './segment.ts';

/** Where one instance stands in its life; advanced lazily when someone asks. */
interface Cursor {
  lifecycle: Lifecycle;
  segment: Segment;
}

/** A deterministic fleet: ids and every instance's status as a function of simulated time. */
export interface Fleet {
  readonly projectId: string;
  readonly instanceIds: readonly string[];
  has(instanceId: string): boolean;
  /** The segment an instance is in at `simMs` (ms of simulated time since start), or undefined if unknown. */
  segmentAt(instanceId: string, simMs: number): Segment | undefined;
  /** The serialised 200 body at `simMs`, or undefined if the instance is unknown. */
  bodyAt(instanceId: string, simMs: number): string | undefined;
}

export interface FleetOptions {
  seed: number;
  instances: number;
  /** Defaults to 32 hex digits derived from the seed. */
  projectId?: string | undefined;
}

/**
 * Builds the fleet: no timers, each instance computes its segments only when asked.
 * @example createFleet({ seed: 1, instances: 3 }).instanceIds.length → 3
 */
export function createFleet(options: FleetOptions): Fleet {
  const random = mulberry32(deriveSeed(options.seed, 0x5eed));
  const projectId = options.projectId ?? randomHex(random, 32);
  const indexById = new Map<string, number>();
  while (indexById.size < options.instances) {
    const id = randomUuid(random);
    if (!indexById.has(id)) indexById.set(id, indexById.size);
  }
  const instanceIds = [...indexById.keys()];
  const cursors: (Cursor | undefined)[] = new Array<Cursor | undefined>(instanceIds.length);

  function fresh(index: number): Cursor {
    const lifecycle = createLifecycle(deriveSeed(options.seed, index + 1));
    return { lifecycle, segment: lifecycle.first };
  }

  function segmentAt(instanceId: string, simMs: number): Segment | undefined {
    const index = indexById.get(instanceId);
    if (index === undefined) return undefined;
    let cursor = cursors[index] ?? fresh(index);
    // A clock that went back (tests) replays the same life from the start.
    if (simMs < cursor.segment.start) cursor = fresh(index);
    while (simMs >= cursor.segment.end) cursor.segment = cursor.lifecycle.next(cursor.segment);
    cursors[index] = cursor;
    return cursor.segment;
  }

  return {
    projectId,
    instanceIds,
    has: (instanceId) => indexById.has(instanceId),
    segmentAt,
    bodyAt(instanceId, simMs) {
      const segment = segmentAt(instanceId, simMs);
      return segment === undefined ? undefined : segmentBody(segment);
    },
  };
}
