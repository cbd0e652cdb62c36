import type { Target } from './figures.ts';

/** The targets, in the units the figures are reported in. */
export const TARGETS = {
  firstLoadJsKb: { op: '<', value: 300 },
  proxyVsNginx: { op: '>=', value: 0.4 },
  coalescedVsNginx: { op: '>=', value: 1.2 },
  upstreamPerWindow: { op: '<=', value: 1.05 },
  firstStateMs: { op: '<=', value: 1500 },
  longTasks: { op: '<=', value: 0 },
  mainThreadBusyPct: { op: '<', value: 10 },
  requestsPer10s: { op: '<=', value: 100 },
  p95RequestWaitMs: { op: '<', value: 20 },
  heapMb: { op: '<', value: 25 },
} as const satisfies Record<string, Target>;

/** The fleet size the first-state target is set for; smaller fleets are reported without one. */
export const FIRST_STATE_TARGET_FLEET = 5000;
