import { memo, type ReactElement } from 'react';
import Tooltip from '@mui/material/Tooltip';
import AutorenewIcon from '@mui/icons-material/Autorenew';
import CancelOutlinedIcon from '@mui/icons-material/CancelOutlined';
import CheckCircleOutlinedIcon from '@mui/icons-material/CheckCircleOutlined';
import ErrorOutlineOutlinedIcon from '@mui/icons-material/ErrorOutlineOutlined';
import HelpOutlineOutlinedIcon from '@mui/icons-material/HelpOutlineOutlined';
import RemoveOutlinedIcon from '@mui/icons-material/RemoveOutlined';
import ReportProblemOutlinedIcon from '@mui/icons-material/ReportProblemOutlined';
import StopCircleOutlinedIcon from '@mui/icons-material/StopCircleOutlined';
import SyncIcon from '@mui/icons-material/Sync';
import { describeState, type KnownState } from '../domain/instance-state.ts';
import { stateSeverity } from '../domain/presentation.ts';
import { Pill, PillIcon, PillText, type PillSize } from './status-pill.tsx';

export interface InstanceStateBadgeProps {
  /** The raw `state` from the API; synonyms and unknown values are handled here. */
  state?: string;
  size?: PillSize;
}

export const UNKNOWN_STATE_HINT = 'The API sent a state this version of dcwatch does not know';

// Elements are immutable, so one per state is shared by every badge.
const ICONS: Record<KnownState, ReactElement> = {
  pending: <AutorenewIcon />,
  running: <CheckCircleOutlinedIcon />,
  stopped: <StopCircleOutlinedIcon />,
  'shutting-down': <SyncIcon />,
  terminated: <CancelOutlinedIcon />,
  error: <ErrorOutlineOutlinedIcon />,
  stopping: <SyncIcon />,
  reinstalling: <AutorenewIcon />,
  failed: <ReportProblemOutlinedIcon />,
};
const UNKNOWN_ICON = <HelpOutlineOutlinedIcon />;
const MISSING_ICON = <RemoveOutlinedIcon />;

/** One instance state: theme colour + icon + words; transitional states turn, unknown ones explain themselves. */
export const InstanceStateBadge = memo(function InstanceStateBadge({
  state,
  size = 'medium',
}: InstanceStateBadgeProps) {
  const info = describeState(state);
  const severity = stateSeverity(info);
  const unknown = info.known === null && state !== undefined;
  const icon = info.known !== null ? ICONS[info.known] : unknown ? UNKNOWN_ICON : MISSING_ICON;
  const pill = (
    <Pill
      role="img"
      aria-label={unknown ? `State: ${info.label} (not known to dcwatch)` : `State: ${info.label}`}
      title={unknown ? undefined : info.description}
      tabIndex={unknown ? 0 : undefined}
      severity={severity}
      size={size}
      data-state-class={info.stateClass}
      data-severity={severity}
    >
      <PillIcon aria-hidden spinning={info.stateClass === 'transitional'}>
        {icon}
      </PillIcon>
      <PillText>{info.label}</PillText>
    </Pill>
  );
  if (!unknown) return pill;
  return (
    <Tooltip title={UNKNOWN_STATE_HINT} describeChild>
      {pill}
    </Tooltip>
  );
});
