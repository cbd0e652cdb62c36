import BookmarkAddIcon from '@mui/icons-material/BookmarkAdd';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useAppStore } from '../../../stores/app-store.ts';
import { MAX_LABEL_LENGTH } from '../../../stores/watchlist-slice.ts';

interface WatchControlsProps {
  projectId: string;
  instanceId: string;
}

/** Add a shared instance to the watchlist, or edit its local label / remove it. */
export function WatchControls({ projectId, instanceId }: WatchControlsProps) {
  const entry = useAppStore((s) =>
    s.watchlist.find((e) => e.projectId === projectId && e.instanceId === instanceId),
  );
  const addInstances = useAppStore((s) => s.addInstances);
  const removeInstance = useAppStore((s) => s.removeInstance);
  const setLabel = useAppStore((s) => s.setLabel);
  const [draft, setDraft] = useState<string | null>(null);

  if (!entry) {
    return (
      <Button
        variant="contained"
        startIcon={<BookmarkAddIcon />}
        onClick={() => addInstances(projectId, instanceId)}
      >
        Add to watchlist
      </Button>
    );
  }
  const value = draft ?? entry.label ?? '';
  const commit = () => {
    if (draft !== null) setLabel(projectId, instanceId, draft);
    setDraft(null);
  };
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
      <TextField
        label="Local label"
        size="small"
        value={value}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
        helperText="Only in this browser"
        slotProps={{ htmlInput: { maxLength: MAX_LABEL_LENGTH } }}
      />
      <Button
        variant="outlined"
        color="warning"
        onClick={() => removeInstance(projectId, instanceId)}
      >
        Remove from watchlist
      </Button>
    </Stack>
  );
}
