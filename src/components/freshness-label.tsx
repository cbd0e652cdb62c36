import { memo, useMemo } from 'react';
import Tooltip from '@mui/material/Tooltip';
import { styled } from '@mui/material/styles';
import ScheduleOutlinedIcon from '@mui/icons-material/ScheduleOutlined';
import WarningAmberOutlinedIcon from '@mui/icons-material/WarningAmberOutlined';
import { formatAgo, useNowSelector } from '../lib/clock.ts';

export interface FreshnessLabelProps {
  /** Epoch ms of the last successful update. */
  updatedAt?: number;
  stale?: boolean;
  /** Why the data is stale; shown in the tooltip. */
  staleReason?: string;
}

export const DEFAULT_STALE_REASON =
  'No fresh status has arrived for a while, so this may be out of date.';

const Root = styled('span', { shouldForwardProp: (prop) => prop !== 'stale' })<{ stale: boolean }>(
  ({ theme, stale }) => ({
    display: 'inline-flex',
    alignItems: 'center',
    gap: 4,
    fontSize: '0.75rem',
    lineHeight: 1.4,
    whiteSpace: 'nowrap',
    color: stale ? theme.palette.warning.main : theme.palette.text.secondary,
    fontWeight: stale ? 600 : 400,
    '& > svg': { fontSize: '0.95rem' },
    '&:focus-visible': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: 2 },
  }),
);

/** "updated 4 s ago" from the shared clock (re-renders only when the words change); stale adds a warning. */
export const FreshnessLabel = memo(function FreshnessLabel({
  updatedAt,
  stale = false,
  staleReason,
}: FreshnessLabelProps) {
  const ago = useNowSelector((now) =>
    updatedAt === undefined ? undefined : formatAgo(now - updatedAt),
  );
  const at = useMemo(
    () => (updatedAt === undefined ? undefined : new Date(updatedAt)),
    [updatedAt],
  );
  const text = ago === undefined ? 'not updated yet' : `updated ${ago}`;
  const time = at ? <time dateTime={at.toISOString()}>{text}</time> : <span>{text}</span>;
  if (!stale) {
    return (
      <Root stale={false} title={at?.toLocaleString()} data-stale="false">
        <ScheduleOutlinedIcon aria-hidden />
        {time}
      </Root>
    );
  }
  return (
    <Tooltip title={staleReason ?? DEFAULT_STALE_REASON} describeChild>
      <Root stale tabIndex={0} data-stale="true">
        <WarningAmberOutlinedIcon aria-hidden />
        <span>Stale:</span> {time}
      </Root>
    </Tooltip>
  );
});
