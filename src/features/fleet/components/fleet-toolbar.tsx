import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { ReactNode } from 'react';
import { joinList, listOf, SORT_KEYS, type FleetSearch, type SortKey } from '../fleet-search.ts';

const SORT_LABELS: Record<SortKey, string> = {
  attention: 'Needs attention first',
  id: 'Instance ID',
  state: 'State',
  updated: 'Last updated',
};

interface FleetToolbarProps {
  search: FleetSearch;
  states: string[];
  onChange: (patch: Partial<FleetSearch>) => void;
  actions?: ReactNode;
}

/** Search text, sort and state filter; every value lives in the URL. */
export function FleetToolbar({ search, states, onChange, actions }: FleetToolbarProps) {
  const selectedStates = listOf(search.states);
  const stateChoices = [...new Set([...states, ...selectedStates])].sort();
  return (
    <Stack
      direction={{ xs: 'column', sm: 'row' }}
      spacing={1.5}
      sx={{ alignItems: { sm: 'center' } }}
    >
      <TextField
        label="Search instances"
        size="small"
        type="search"
        value={search.q ?? ''}
        onChange={(e) => onChange({ q: e.target.value || undefined })}
        slotProps={{ htmlInput: { maxLength: 200 } }}
      />
      <TextField
        select
        label="Sort by"
        size="small"
        value={search.sort ?? 'attention'}
        onChange={(e) => {
          const sort = e.target.value as SortKey;
          onChange({ sort: sort === 'attention' ? undefined : sort });
        }}
        sx={{ minWidth: 200 }}
      >
        {SORT_KEYS.map((key) => (
          <MenuItem key={key} value={key}>
            {SORT_LABELS[key]}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label="States"
        size="small"
        value={selectedStates}
        onChange={(e) => {
          const value = e.target.value as unknown;
          const list = Array.isArray(value) ? value.map(String) : String(value).split(',');
          onChange({ states: joinList(list.filter((v) => v !== '')) });
        }}
        slotProps={{
          select: {
            multiple: true,
            renderValue: (v) => ((v as string[]).length > 0 ? (v as string[]).join(', ') : 'All'),
            displayEmpty: true,
          },
          inputLabel: { shrink: true },
        }}
        sx={{ minWidth: 180 }}
      >
        {stateChoices.length === 0 && (
          <MenuItem disabled value="">
            No states seen yet
          </MenuItem>
        )}
        {stateChoices.map((state) => (
          <MenuItem key={state} value={state}>
            {state}
          </MenuItem>
        ))}
      </TextField>
      <Stack direction="row" spacing={1} sx={{ ml: { sm: 'auto' } }}>
        {actions}
      </Stack>
    </Stack>
  );
}
