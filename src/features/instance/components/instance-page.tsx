import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { InstanceStateBadge } from '../../../components/instance-state-badge.tsx';
import { OperationProgress } from '../../../components/operation-progress.tsx';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { useAppStore } from '../../../stores/app-store.ts';
import { selectAuthBlocked, useAuthStore } from '../../../stores/auth-store.ts';
import { historyKey, useHistoryStore } from '../../../stores/history-store.ts';
import { useInstanceStatus } from '../../instances/api/get-instance-status.ts';
import { problemOf } from '../../instances/api/problem-of.ts';
import { StatusFreshness } from '../../instances/components/status-freshness.tsx';
import { pollIntervalMs } from '../../../domain/polling-policy.ts';
import type { InstanceTab } from '../instance-search.ts';
import { InstanceTabs } from './instance-tabs.tsx';
import { StatusProblemAlert } from './status-problem-alert.tsx';
import { WatchControls } from './watch-controls.tsx';

interface InstancePageProps {
  projectId: string;
  instanceId: string;
  tab: InstanceTab;
  onTabChange: (tab: InstanceTab) => void;
}

/** `/projects/$projectId/instances/$instanceId`: one instance, watched or not. */
export function InstancePage({ projectId, instanceId, tab, onTabChange }: InstancePageProps) {
  const query = useInstanceStatus(projectId, instanceId);
  const baseMs = useAppStore((s) => s.baseIntervalMs);
  const label = useAppStore(
    (s) => s.watchlist.find((e) => e.projectId === projectId && e.instanceId === instanceId)?.label,
  );
  const opSince = useHistoryStore((s) => s.byInstance[historyKey(projectId, instanceId)]?.opSince);
  const blocked = useAuthStore(selectAuthBlocked);
  useDocumentTitle(label ?? instanceId);
  const status = query.data?.status;
  const problem = problemOf({
    error: query.error,
    fetchFailureReason: query.failureReason,
    fetchStatus: query.fetchStatus,
  });
  return (
    <Stack spacing={3}>
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        sx={{ justifyContent: 'space-between' }}
      >
        <div>
          <Typography variant="h4" component="h1" sx={{ overflowWrap: 'anywhere' }}>
            {label ?? instanceId}
          </Typography>
          <Typography color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
            {label ? `${instanceId} · ` : ''}Project {projectId}
          </Typography>
        </div>
        <WatchControls projectId={projectId} instanceId={instanceId} />
      </Stack>
      {problem && (
        <StatusProblemAlert problem={problem} projectId={projectId} instanceId={instanceId} />
      )}
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Stack
          direction={{ xs: 'column', sm: 'row' }}
          spacing={3}
          sx={{ alignItems: { sm: 'center' } }}
        >
          {query.data ? (
            <InstanceStateBadge state={status?.state} size="large" />
          ) : (
            <Typography color="text.secondary">
              {problem
                ? 'No status yet'
                : blocked
                  ? 'Sign in to load the status'
                  : 'Loading status…'}
            </Typography>
          )}
          <OperationProgress
            operationState={status?.operation_state}
            since={opSince}
            onShowError={() => onTabChange('error')}
          />
          <StatusFreshness
            updatedAt={query.dataUpdatedAt || undefined}
            intervalMs={pollIntervalMs(status, baseMs)}
            problemMessage={problem?.message}
          />
        </Stack>
      </Paper>
      <InstanceTabs
        projectId={projectId}
        instanceId={instanceId}
        data={query.data}
        tab={tab}
        onTabChange={onTabChange}
      />
    </Stack>
  );
}
