import type { FetchProblemKind } from './fetch-problem.ts';
import { describeState, type StateInfo } from './instance-state.ts';
import { parseOperationState } from './operation-state.ts';

/** The tone of a status label; the theme maps it to colours, the label always carries words too. */
export type Severity = 'error' | 'warning' | 'info' | 'success' | 'neutral';

/**
 * Severity of a state: faulted → error, transitional → info, running → success, everything else neutral.
 * @example stateSeverity(describeState('failed')) → 'error'
 */
export function stateSeverity(info: StateInfo): Severity {
  if (info.stateClass === 'faulted') return 'error';
  if (info.stateClass === 'transitional') return 'info';
  if (info.known === 'running') return 'success';
  return 'neutral';
}

/** What `attentionRank` looks at for one instance. */
export interface AttentionInput {
  state?: string;
  operationState?: string;
  hasError?: boolean;
  problem?: FetchProblemKind | null;
}

const RANK_BY_CLASS = { faulted: 0, transitional: 3, unknown: 4, stable: 5, final: 6 } as const;

/**
 * Sort key, lower = more urgent: faulted 0, failed operation or error object 1, fetch problem 2,
 * transitional or processing 3, unknown 4, stable 5, terminated 6.
 * @example attentionRank({ state: 'running', problem: 'throttled' }) → 2
 */
export function attentionRank(input: AttentionInput): number {
  const ranks: number[] = [RANK_BY_CLASS[describeState(input.state).stateClass]];
  const phase = parseOperationState(input.operationState)?.phase;
  if (phase === 'failed' || input.hasError === true) ranks.push(1);
  if (input.problem !== undefined && input.problem !== null) ranks.push(2);
  if (phase === 'processing') ranks.push(3);
  return Math.min(...ranks);
}
