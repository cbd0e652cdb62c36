import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { ErrorStatusPanel } from '../../../components/error-status-panel.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { RawResponsePanel } from '../../../components/raw-response-panel.tsx';
import { StateMachineDiagram } from '../../../components/state-machine-diagram.tsx';
import type { StatusData } from '../../instances/api/status-answer.ts';
import { INSTANCE_TABS, type InstanceTab } from '../instance-search.ts';
import { HistoryTimeline } from './history-timeline.tsx';

const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

const TAB_LABELS: Record<InstanceTab, string> = {
  overview: 'Overview',
  error: 'Error',
  raw: 'Raw response',
  history: 'History',
};

interface InstanceTabsProps {
  projectId: string;
  instanceId: string;
  data: StatusData | undefined;
  tab: InstanceTab;
  onTabChange: (tab: InstanceTab) => void;
}

/** Overview / error / raw / history; the selected tab is in the URL (`?tab=`). */
export function InstanceTabs({ projectId, instanceId, data, tab, onTabChange }: InstanceTabsProps) {
  const error = data?.status.error;
  const hasError = error !== undefined && Object.keys(error).length > 0;
  return (
    <Box component="section" aria-labelledby="instance-details-heading">
      <Typography id="instance-details-heading" component="h2" sx={visuallyHidden}>
        Instance details
      </Typography>
      <Tabs
        value={tab}
        onChange={(_e, value: InstanceTab) => onTabChange(value)}
        aria-label="Instance details"
        variant="scrollable"
      >
        {INSTANCE_TABS.map((t) => (
          <Tab
            key={t}
            value={t}
            label={TAB_LABELS[t]}
            id={`tab-${t}`}
            aria-controls={`tabpanel-${t}`}
          />
        ))}
      </Tabs>
      <Box role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`} sx={{ pt: 2 }}>
        {tab === 'overview' && (
          <>
            {hasError && <ErrorSummary error={error} />}
            <StateMachineDiagram state={data?.status.state} />
          </>
        )}
        {tab === 'error' &&
          (hasError ? (
            <ErrorStatusPanel error={error} />
          ) : (
            <Typography color="text.secondary">No error reported for this instance.</Typography>
          ))}
        {tab === 'raw' &&
          (data ? (
            <RawResponsePanel value={data.raw} title="Last response" />
          ) : (
            <Typography color="text.secondary">No response received yet.</Typography>
          ))}
        {tab === 'history' && <HistoryTimeline projectId={projectId} instanceId={instanceId} />}
      </Box>
    </Box>
  );
}
