import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import type { StateClass } from '../../../domain/instance-state.ts';
import { listOf, STATE_CLASSES } from '../fleet-search.ts';
import type { ClassCounts } from '../fleet-view.ts';

const CLASS_LABELS: Record<StateClass, string> = {
  faulted: 'Faulted',
  transitional: 'Changing',
  unknown: 'Unknown',
  stable: 'Stable',
  final: 'Terminated',
};

const CLASS_COLORS = {
  faulted: 'error',
  transitional: 'info',
  unknown: 'default',
  stable: 'success',
  final: 'default',
} as const;

interface ClassFilterBarProps {
  counts: ClassCounts;
  selected: string | undefined;
  onToggle: (stateClass: StateClass) => void;
  onClear: () => void;
}

/** Per-state-class counts that double as filters (toggle buttons, state kept in the URL). */
export function ClassFilterBar({ counts, selected, onToggle, onClear }: ClassFilterBarProps) {
  const active = new Set(listOf(selected));
  return (
    <Stack
      direction="row"
      spacing={1}
      useFlexGap
      sx={{ flexWrap: 'wrap' }}
      role="group"
      aria-label="Filter by state class"
    >
      <Chip
        label={`All ${counts.total}`}
        variant={active.size === 0 ? 'filled' : 'outlined'}
        aria-pressed={active.size === 0}
        onClick={onClear}
      />
      {STATE_CLASSES.map((stateClass) => (
        <Chip
          key={stateClass}
          label={`${CLASS_LABELS[stateClass]} ${counts[stateClass]}`}
          color={CLASS_COLORS[stateClass]}
          variant={active.has(stateClass) ? 'filled' : 'outlined'}
          aria-pressed={active.has(stateClass)}
          onClick={() => onToggle(stateClass)}
        />
      ))}
      {counts.problems > 0 && (
        <Chip
          label={`Fetch problems ${counts.problems}`}
          color="warning"
          variant="outlined"
          component="span"
          role="status"
        />
      )}
    </Stack>
  );
}
