import type { QueryClient } from '@tanstack/react-query';
import type { FetchProblemKind } from '../../domain/fetch-problem.ts';
import { describeState, type StateClass } from '../../domain/instance-state.ts';
import { attentionRank } from '../../domain/presentation.ts';
import { queryKeys } from '../../lib/query-keys.ts';
import { problemOf } from '../instances/api/problem-of.ts';
import type { StatusData } from '../instances/api/status-answer.ts';

export interface FleetEntry {
  projectId: string;
  instanceId: string;
  label?: string;
}

/** One instance as the board's counts, filters and sort see it, read from the query cache. */
export interface FleetItem extends FleetEntry {
  key: string;
  state?: string;
  operationState?: string;
  /** null until the first answer: "no answer yet" is not the API reporting an unknown state. */
  stateClass: StateClass | null;
  hasError: boolean;
  problem: FetchProblemKind | null;
  updatedAt?: number;
  rank: number;
}

export function fleetItemOf(client: QueryClient, entry: FleetEntry): FleetItem {
  const query = client.getQueryState<StatusData>(
    queryKeys.status(entry.projectId, entry.instanceId),
  );
  const status = query?.data?.status;
  const problem = query ? (problemOf(query)?.kind ?? null) : null;
  const state = typeof status?.state === 'string' ? status.state : undefined;
  const operationState =
    typeof status?.operation_state === 'string' ? status.operation_state : undefined;
  const hasError = status?.error !== undefined && Object.keys(status.error).length > 0;
  return {
    ...entry,
    key: `${entry.projectId}/${entry.instanceId}`,
    ...(state === undefined ? {} : { state }),
    ...(operationState === undefined ? {} : { operationState }),
    stateClass: query?.data ? describeState(state).stateClass : null,
    hasError,
    problem,
    ...(query?.dataUpdatedAt ? { updatedAt: query.dataUpdatedAt } : {}),
    rank: status || problem ? attentionRank({ state, operationState, hasError, problem }) : 4,
  };
}
