import { memo, type ReactElement } from 'react';
import Tooltip from '@mui/material/Tooltip';
import BlockOutlinedIcon from '@mui/icons-material/BlockOutlined';
import BugReportOutlinedIcon from '@mui/icons-material/BugReportOutlined';
import CloudOffOutlinedIcon from '@mui/icons-material/CloudOffOutlined';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import SearchOffOutlinedIcon from '@mui/icons-material/SearchOffOutlined';
import SpeedOutlinedIcon from '@mui/icons-material/SpeedOutlined';
import TimerOutlinedIcon from '@mui/icons-material/TimerOutlined';
import WifiOffOutlinedIcon from '@mui/icons-material/WifiOffOutlined';
import type { FetchProblem, FetchProblemKind } from '../domain/fetch-problem.ts';
import type { Severity } from '../domain/presentation.ts';
import { formatDuration, useNowSelector } from '../lib/clock.ts';
import { Pill, PillIcon, PillText, type PillSize } from './status-pill.tsx';
import { VisuallyHidden } from './visually-hidden.tsx';

export interface FetchProblemChipProps {
  problem: FetchProblem;
  /** Epoch ms of the next attempt; a throttled problem counts down to it. */
  retryAt?: number;
  size?: PillSize;
}

interface KindLook {
  severity: Severity;
  icon: ReactElement;
  label: (status: number | undefined) => string;
}

const withStatus = (words: string) => (status: number | undefined) =>
  status === undefined ? words : `${words} ${status}`;

const KINDS: Record<FetchProblemKind, KindLook> = {
  unauthorized: { severity: 'error', icon: <LockOutlinedIcon />, label: () => 'Token rejected' },
  forbidden: { severity: 'error', icon: <BlockOutlinedIcon />, label: () => 'Access denied' },
  'not-found': { severity: 'warning', icon: <SearchOffOutlinedIcon />, label: () => 'Not found' },
  throttled: { severity: 'warning', icon: <SpeedOutlinedIcon />, label: () => 'Throttled' },
  server: { severity: 'error', icon: <CloudOffOutlinedIcon />, label: withStatus('Server error') },
  'bad-gateway': {
    severity: 'error',
    icon: <CloudOffOutlinedIcon />,
    label: withStatus('Proxy/upstream error'),
  },
  timeout: { severity: 'warning', icon: <TimerOutlinedIcon />, label: () => 'Timed out' },
  network: { severity: 'error', icon: <WifiOffOutlinedIcon />, label: () => 'Network error' },
  'invalid-response': {
    severity: 'error',
    icon: <BugReportOutlinedIcon />,
    label: () => 'Invalid response',
  },
  'bad-request': {
    severity: 'error',
    icon: <BlockOutlinedIcon />,
    label: withStatus('Bad request'),
  },
};

/** " — retrying in 4 s" from the shared clock; re-renders once a second only while counting. */
function RetryCountdown({ retryAt }: { retryAt: number }) {
  const left = useNowSelector((now) => Math.max(0, Math.ceil((retryAt - now) / 1000)));
  return <>{left > 0 ? ` — retrying in ${formatDuration(left * 1000)}` : ' — retrying now'}</>;
}

function details(problem: FetchProblem): string {
  const parts = [problem.message];
  if (problem.code) parts.push(`Code: ${problem.code}`);
  if (problem.status !== undefined) parts.push(`HTTP ${problem.status}`);
  return parts.join(' · ');
}

/** Why the last fetch failed (not an instance state): outlined, icon + words, details in the tooltip. */
export const FetchProblemChip = memo(function FetchProblemChip({
  problem,
  retryAt,
  size = 'small',
}: FetchProblemChipProps) {
  const look = KINDS[problem.kind] ?? KINDS['invalid-response'];
  return (
    <Tooltip title={details(problem)} describeChild>
      <Pill
        outline
        severity={look.severity}
        size={size}
        tabIndex={0}
        data-problem={problem.kind}
        data-severity={look.severity}
      >
        <PillIcon aria-hidden>{look.icon}</PillIcon>
        <PillText>
          <VisuallyHidden>Fetch problem: </VisuallyHidden>
          {look.label(problem.status)}
          {problem.kind === 'throttled' && retryAt !== undefined && (
            <RetryCountdown retryAt={retryAt} />
          )}
        </PillText>
      </Pill>
    </Tooltip>
  );
});
