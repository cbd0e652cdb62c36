import { errorStatus } from './error-catalog.ts';
import { nextDraft } from './next-draft.ts';
import { dwellMs, mulberry32, pickWeighted, type Random } from './prng.ts';
import { specEdge, splitOperation, type Segment, type SegmentDraft } from './segment.ts';

// Realistic dwell times at speed 1, in seconds [min, max] (log-uniform in between).
const DWELL_S: Record<string, readonly [number, number]> = {
  running: [300, 2400],
  stopped: [60, 900],
  error: [300, 3600],
  'shutting-down': [15, 120],
  pending: [45, 240],
  install: [45, 240],
  reinstall: [60, 300],
  'switch-install': [60, 300],
  uninstall: [30, 150],
  'modify-ip': [15, 90],
};

/** Shortest stretch an instance ever stays put, in simulated ms. */
export const MIN_DWELL_MS = 15_000;

function dwellFor(draft: SegmentDraft, random: Random): number {
  if (draft.state === 'terminated') return Infinity;
  const operation = splitOperation(draft.operation);
  const key = operation?.phase === 'processing' ? operation.name : draft.state;
  const [min, max] = DWELL_S[key] ?? [60, 600];
  return dwellMs(random, min, max);
}

type Start =
  | 'running'
  | 'stopped'
  | 'changing-ip'
  | 'reinstalling'
  | 'failed-operation'
  | 'pending'
  | 'error'
  | 'shutting-down'
  | 'terminated';

// The fleet as it is when the simulator starts: mostly steady, some busy, a few broken or gone.
const START_MIX: readonly (readonly [Start, number])[] = [
  ['running', 58],
  ['stopped', 16],
  ['changing-ip', 3],
  ['reinstalling', 6],
  ['failed-operation', 2],
  ['pending', 6],
  ['error', 4],
  ['shutting-down', 2],
  ['terminated', 2],
];

const LAST_OPERATION: readonly (readonly [string | undefined, number])[] = [
  [undefined, 25],
  ['install-succeed', 45],
  ['reinstall-succeed', 15],
  ['modify-ip-succeed', 10],
  ['switch-install-succeed', 5],
];

function startDraft(start: Start, random: Random): SegmentDraft {
  switch (start) {
    case 'running':
    case 'stopped':
      return { state: start, operation: pickWeighted(random, LAST_OPERATION) };
    case 'changing-ip':
      return { state: 'running', operation: 'modify-ip-processing' };
    case 'reinstalling':
      return {
        state: 'stopped',
        operation: random() < 0.7 ? 'reinstall-processing' : 'switch-install-processing',
      };
    case 'failed-operation':
      return {
        state: 'stopped',
        operation: random() < 0.6 ? 'modify-ip-failed' : 'uninstall-failed',
        error: errorStatus(random, 'reboot_failed_error'),
        cause: 'operation',
      };
    case 'pending':
      return {
        state: 'pending',
        operation: 'install-processing',
        via: specEdge('start', 'pending'),
      };
    case 'error':
      return random() < 0.5
        ? {
            state: 'error',
            operation: 'install-failed',
            error: errorStatus(random, 'power_on_error'),
            cause: 'create',
          }
        : {
            state: 'error',
            operation: 'reinstall-failed',
            error: errorStatus(random, 'reboot_failed_error'),
            cause: 'provision',
          };
    case 'shutting-down':
    case 'terminated':
      return { state: start };
  }
}

/** One instance's whole life, generated segment by segment from its seed. */
export interface Lifecycle {
  /** Only doomed instances are ever deleted, so the terminated share stays small. */
  readonly doomed: boolean;
  readonly first: Segment;
  /** The segment after `segment`; call it in order along the chain, starting from `first`. */
  next(segment: Segment): Segment;
}

/**
 * The deterministic life of one instance: same seed, same segments.
 * @example createLifecycle(42).first.state → 'running'
 */
export function createLifecycle(seed: number): Lifecycle {
  const random = mulberry32(seed);
  const start = pickWeighted(random, START_MIX);
  // Creations are cancelled now and then; otherwise deletion is rare.
  const doomedShare = start === 'pending' ? 0.25 : 0.03;
  const doomed = start === 'shutting-down' || start === 'terminated' || random() < doomedShare;
  const draft = startDraft(start, random);
  const dwell = dwellFor(draft, random);
  // The fleet was already alive before we looked: start somewhere inside the first stretch.
  const first: Segment = { ...draft, start: 0, end: Infinity };
  if (Number.isFinite(dwell)) {
    first.end = Math.max(1000, Math.round(dwell * random()));
    first.start = Math.min(0, first.end - dwell);
  }
  return {
    doomed,
    first,
    next(segment) {
      const next = nextDraft(segment, random, doomed);
      return { ...next, start: segment.end, end: segment.end + dwellFor(next, random) };
    },
  };
}
