import type { ErrorStatus } from '../domain/instance-status.ts';
import type { KnownState } from '../domain/instance-state.ts';
import type { Operation } from '../domain/operation-state.ts';
import { STATE_TRANSITIONS, type Transition } from '../domain/state-machine.ts';

/** Why an instance carries an error: it decides how the instance recovers. */
export type ErrorCause = 'create' | 'provision' | 'delete' | 'operation';

/** What an instance answers during one stretch of its life, before timing is attached. */
export interface SegmentDraft {
  state: KnownState;
  /** `operation_state`; absent like in older API versions. */
  operation?: string | undefined;
  error?: ErrorStatus | undefined;
  cause?: ErrorCause | undefined;
  /** The documented edge taken to enter this segment, when the state moved (or looped). */
  via?: Transition | undefined;
}

/** One stretch of simulated time (ms since the fleet started) during which the answer is fixed. */
export interface Segment extends SegmentDraft {
  start: number;
  end: number;
  /** The serialised 200 body, built on first use. */
  body?: string;
}

// Only the spec's own diagram: the simulator behaves like the documented API version.
const SPEC_EDGES = new Map(
  STATE_TRANSITIONS.filter((t) => t.source === 'spec').map((t) => [`${t.from}>${t.to}`, t]),
);

/** The documented spec edge from → to, if there is one. */
export function specEdge(from: KnownState | 'start', to: KnownState): Transition | undefined {
  return SPEC_EDGES.get(`${from}>${to}`);
}

/** `'reinstall-failed'` → `{ name: 'reinstall', phase: 'failed' }`. */
export function splitOperation(
  operation: string | undefined,
): { name: Operation; phase: 'processing' | 'succeed' | 'failed' } | undefined {
  const match =
    /^(install|reinstall|switch-install|modify-ip|uninstall)-(processing|succeed|failed)$/.exec(
      operation ?? '',
    );
  if (!match) return undefined;
  return { name: match[1] as Operation, phase: match[2] as 'processing' | 'succeed' | 'failed' };
}

/** The 200 body of a segment: `{"state":…,"operation_state":…,"error":{…}}`, absent fields left out. */
export function segmentBody(segment: Segment): string {
  segment.body ??= JSON.stringify({
    state: segment.state,
    operation_state: segment.operation,
    error: segment.error,
  });
  return segment.body;
}
