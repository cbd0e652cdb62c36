/** `GET /__admin/stats` body. */
export interface StatsSnapshot {
  requests: number;
  byInstance: Record<string, number>;
  byStatus: Record<string, number>;
}

export interface Stats {
  record(status: number, instanceId?: string): void;
  snapshot(): StatsSnapshot;
  reset(): void;
}

// Random ids from a hostile client must not grow memory without bound.
const MAX_TRACKED_IDS = 20_000;

/** Counts upstream answers: all of them, per HTTP status, and per instance id asked for. */
export function createStats(): Stats {
  let requests = 0;
  let byInstance = new Map<string, number>();
  let byStatus = new Map<number, number>();
  return {
    record(status, instanceId) {
      requests += 1;
      byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
      if (instanceId === undefined) return;
      const seen = byInstance.get(instanceId);
      if (seen !== undefined) byInstance.set(instanceId, seen + 1);
      else if (byInstance.size < MAX_TRACKED_IDS) byInstance.set(instanceId, 1);
    },
    snapshot() {
      return {
        requests,
        byInstance: Object.fromEntries(byInstance),
        byStatus: Object.fromEntries([...byStatus].map(([code, n]) => [String(code), n])),
      };
    },
    reset() {
      requests = 0;
      byInstance = new Map();
      byStatus = new Map();
    },
  };
}
