import PauseIcon from '@mui/icons-material/Pause';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { formatDuration } from '../../../lib/clock.ts';
import { useAppStore } from '../../../stores/app-store.ts';
import { BASE_INTERVAL_CHOICES_MS } from '../../../stores/preferences-slice.ts';

/** Pause/resume all polling and choose the base interval (changing instances poll faster). */
export function PollingControls() {
  const paused = useAppStore((s) => s.paused);
  const setPaused = useAppStore((s) => s.setPaused);
  const baseMs = useAppStore((s) => s.baseIntervalMs);
  const setBaseMs = useAppStore((s) => s.setBaseIntervalMs);
  const choices = BASE_INTERVAL_CHOICES_MS.includes(baseMs as never)
    ? BASE_INTERVAL_CHOICES_MS
    : [...BASE_INTERVAL_CHOICES_MS, baseMs].sort((a, b) => a - b);
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Button
        color="inherit"
        onClick={() => setPaused(!paused)}
        startIcon={paused ? <PlayArrowIcon /> : <PauseIcon />}
        aria-pressed={paused}
      >
        {paused ? 'Resume polling' : 'Pause polling'}
      </Button>
      <TextField
        select
        size="small"
        label="Poll every"
        value={baseMs}
        onChange={(e) => setBaseMs(Number(e.target.value))}
        sx={{ minWidth: 110 }}
      >
        {choices.map((ms) => (
          <MenuItem key={ms} value={ms}>
            {formatDuration(ms)}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
}
