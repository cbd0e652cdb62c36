import { memo, type ReactElement } from 'react';
import LinearProgress, { linearProgressClasses } from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import { styled } from '@mui/material/styles';
import AutorenewIcon from '@mui/icons-material/Autorenew';
import CheckCircleOutlinedIcon from '@mui/icons-material/CheckCircleOutlined';
import ErrorOutlineOutlinedIcon from '@mui/icons-material/ErrorOutlineOutlined';
import HelpOutlineOutlinedIcon from '@mui/icons-material/HelpOutlineOutlined';
import { parseOperationState, type OperationPhase } from '../domain/operation-state.ts';
import type { Severity } from '../domain/presentation.ts';
import { ElapsedSince } from './elapsed-since.tsx';
import { severityColor } from './severity-color.ts';

export interface OperationProgressProps {
  /** The raw `operation_state`; nothing is rendered when it is absent. */
  operationState?: string;
  /** Epoch ms when dcwatch first saw this operation state (drives "for 2 min"). */
  since?: number;
  /** Shown as a "Show error" button when the operation failed. */
  onShowError?: () => void;
}

export const UNKNOWN_OPERATION_HINT =
  'The API sent an operation state this version of dcwatch does not know';

const PHASES: Record<OperationPhase, { severity: Severity; icon: ReactElement }> = {
  processing: { severity: 'info', icon: <AutorenewIcon fontSize="inherit" /> },
  succeeded: { severity: 'success', icon: <CheckCircleOutlinedIcon fontSize="inherit" /> },
  failed: { severity: 'error', icon: <ErrorOutlineOutlinedIcon fontSize="inherit" /> },
};
const UNKNOWN = {
  severity: 'neutral' as Severity,
  icon: <HelpOutlineOutlinedIcon fontSize="inherit" />,
};

const Root = styled('div')({ display: 'flex', flexDirection: 'column', gap: 4, minWidth: 0 });

const Line = styled('div', { shouldForwardProp: (prop) => prop !== 'severity' })<{
  severity: Severity;
}>(({ theme, severity }) => ({
  display: 'flex',
  alignItems: 'center',
  flexWrap: 'wrap',
  columnGap: 6,
  fontSize: '0.8125rem',
  lineHeight: 1.4,
  color: theme.palette.text.primary,
  '& > .op-icon': {
    display: 'inline-flex',
    fontSize: '1.05rem',
    color: severityColor(theme, severity),
  },
  '& > .op-meta': { color: theme.palette.text.secondary },
  '& > .op-raw': { fontFamily: 'monospace', overflowWrap: 'anywhere' },
}));

const Bar = styled(LinearProgress)({
  height: 4,
  borderRadius: 2,
  '@media (prefers-reduced-motion: reduce)': {
    [`& .${linearProgressClasses.bar1}`]: { animation: 'none', left: 0, right: 0, opacity: 0.6 },
    [`& .${linearProgressClasses.bar2}`]: { display: 'none' },
  },
});

/** The current or last OS/IP operation in words; processing adds a progress bar and how long it has run. */
export const OperationProgress = memo(function OperationProgress({
  operationState,
  since,
  onShowError,
}: OperationProgressProps) {
  const info = parseOperationState(operationState);
  if (info === null) return null;
  const known = info.operation !== null && info.phase !== null;
  const look = known && info.phase !== null ? PHASES[info.phase] : UNKNOWN;
  const processing = known && info.phase === 'processing';
  return (
    <Root data-phase={known ? info.phase : 'unknown'}>
      <Line severity={look.severity}>
        <span className="op-icon" aria-hidden>
          {look.icon}
        </span>
        {known ? (
          <span>
            {info.label} <span className="op-outcome">{info.outcome}</span>
          </span>
        ) : (
          <span className="op-raw" title={UNKNOWN_OPERATION_HINT}>
            Operation: {info.raw}
          </span>
        )}
        {processing && since !== undefined && (
          <span className="op-meta">
            <ElapsedSince since={since} />
          </span>
        )}
        {known && info.phase === 'failed' && onShowError && (
          <Link component="button" type="button" variant="body2" onClick={onShowError}>
            Show error
          </Link>
        )}
      </Line>
      {processing && <Bar variant="indeterminate" aria-label={`${info.label} in progress`} />}
    </Root>
  );
});
