import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import { useNavigate } from '@tanstack/react-router';
import { AppLink } from '../../../lib/app-link.tsx';
import { memo } from 'react';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { FetchProblemChip } from '../../../components/fetch-problem-chip.tsx';
import { InstanceStateBadge } from '../../../components/instance-state-badge.tsx';
import { OperationProgress } from '../../../components/operation-progress.tsx';
import { pollIntervalMs } from '../../../domain/polling-policy.ts';
import { useAppStore } from '../../../stores/app-store.ts';
import { selectAuthBlocked, useAuthStore } from '../../../stores/auth-store.ts';
import { historyKey, useHistoryStore } from '../../../stores/history-store.ts';
import { useFleetRowStatus } from '../../instances/api/fleet-status-query.ts';
import { problemOf } from '../../instances/api/problem-of.ts';
import { StatusFreshness } from '../../instances/components/status-freshness.tsx';

export interface FleetRowProps {
  projectId: string;
  instanceId: string;
  label?: string;
  showProject: boolean;
  removable: boolean;
}

const cell = { minWidth: 0, overflow: 'hidden' } as const;

/** One instance; subscribes to its own query and re-renders only when that instance changes. */
export const FleetRow = memo(function FleetRow(props: FleetRowProps) {
  const { projectId, instanceId, label, showProject, removable } = props;
  const blocked = useAuthStore(selectAuthBlocked);
  const baseMs = useAppStore((s) => s.baseIntervalMs);
  const removeInstance = useAppStore((s) => s.removeInstance);
  const opSince = useHistoryStore((s) => s.byInstance[historyKey(projectId, instanceId)]?.opSince);
  const query = useFleetRowStatus(projectId, instanceId, !blocked);
  const navigate = useNavigate();
  const status = query.data?.status;
  const problem = problemOf({
    error: query.error,
    fetchFailureReason: query.failureReason,
    fetchStatus: query.fetchStatus,
  });
  const name = label ?? instanceId;
  const hasError = status?.error !== undefined && Object.keys(status.error).length > 0;
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr auto', md: 'minmax(12rem, 2fr) 10rem 2fr 2fr 9rem auto' },
        gap: 1.5,
        alignItems: 'center',
        px: 2,
        py: 1,
      }}
    >
      <Box sx={cell}>
        <AppLink to="/projects/$projectId/instances/$instanceId" params={{ projectId, instanceId }}>
          {name}
        </AppLink>
        {(label !== undefined || showProject) && (
          <Typography variant="caption" color="text.secondary" noWrap component="div">
            {showProject ? `${projectId} / ${instanceId}` : instanceId}
          </Typography>
        )}
      </Box>
      <Box sx={cell}>
        {query.data ? (
          <InstanceStateBadge state={status?.state} size="small" />
        ) : (
          <Typography variant="body2" color="text.secondary">
            {problem ? 'No answer yet' : blocked ? 'Sign in to load' : 'Loading…'}
          </Typography>
        )}
      </Box>
      <Box sx={cell}>
        <OperationProgress
          operationState={status?.operation_state}
          since={opSince}
          onShowError={() =>
            void navigate({
              to: '/projects/$projectId/instances/$instanceId',
              params: { projectId, instanceId },
              search: { tab: 'error' },
            })
          }
        />
      </Box>
      <Box sx={{ ...cell, display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        {hasError && status?.error && <ErrorSummary error={status.error} />}
        {problem && <FetchProblemChip problem={problem.problem} retryAt={problem.retryAt} />}
      </Box>
      <Box sx={cell}>
        <StatusFreshness
          updatedAt={query.dataUpdatedAt || undefined}
          intervalMs={pollIntervalMs(status, baseMs)}
          problemMessage={problem?.message}
        />
      </Box>
      <Box>
        {removable && (
          <IconButton
            aria-label={`Remove ${name} from watchlist`}
            size="small"
            onClick={() => removeInstance(projectId, instanceId)}
          >
            <DeleteOutlineIcon fontSize="small" />
          </IconButton>
        )}
      </Box>
    </Box>
  );
});
