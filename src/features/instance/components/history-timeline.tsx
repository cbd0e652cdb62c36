import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { describeState } from '../../../domain/instance-state.ts';
import { parseOperationState } from '../../../domain/operation-state.ts';
import { historyKey, useHistoryStore, type HistoryEntry } from '../../../stores/history-store.ts';

const EMPTY: HistoryEntry[] = [];

function describeEntry(entry: HistoryEntry): string {
  const state = describeState(entry.state).label;
  const op = parseOperationState(entry.operationState);
  return op ? `${state} · ${op.label} ${op.outcome}` : state;
}

/** What dcwatch itself saw change, newest first, and whether each change is documented. */
export function HistoryTimeline({
  projectId,
  instanceId,
}: {
  projectId: string;
  instanceId: string;
}) {
  const entries = useHistoryStore(
    (s) => s.byInstance[historyKey(projectId, instanceId)]?.entries ?? EMPTY,
  );
  if (entries.length === 0) {
    return (
      <Typography color="text.secondary">
        No changes observed yet in this browser session.
      </Typography>
    );
  }
  return (
    <List dense aria-label="Observed history">
      {[...entries].reverse().map((entry) => (
        <ListItem key={`${entry.at}-${entry.state}-${entry.operationState}`} divider>
          <ListItemText
            primary={describeEntry(entry)}
            secondary={new Date(entry.at).toLocaleString()}
          />
          {entry.documented === null ? (
            <Chip size="small" variant="outlined" label="First seen" />
          ) : entry.documented ? (
            <Chip size="small" variant="outlined" color="success" label="Documented transition" />
          ) : (
            <Chip
              size="small"
              variant="outlined"
              color="warning"
              label="Not in the documented state machine"
            />
          )}
        </ListItem>
      ))}
    </List>
  );
}
