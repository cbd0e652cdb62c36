import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo, useState, type ReactNode } from 'react';
import type { StateClass } from '../../../domain/instance-state.ts';
import { useFleetPolling } from '../../instances/api/use-fleet-polling.ts';
import type { FleetEntry } from '../fleet-item.ts';
import { toggleInList, type FleetSearch } from '../fleet-search.ts';
import { countItems, ItemSelector, statesPresent } from '../fleet-view.ts';
import { useFleetItems } from '../use-fleet-items.ts';
import { ClassFilterBar } from './class-filter-bar.tsx';
import { FleetList } from './fleet-list.tsx';
import { FleetToolbar } from './fleet-toolbar.tsx';

export interface FleetBoardProps {
  entries: readonly FleetEntry[];
  search: FleetSearch;
  onSearchChange: (patch: Partial<FleetSearch>) => void;
  removable: boolean;
  listLabel: string;
  actions?: ReactNode;
}

/** Counts, filters and the virtualized rows of a set of instances, all polled while shown. */
export function FleetBoard(props: FleetBoardProps) {
  const { entries, search, onSearchChange, removable, listLabel, actions } = props;
  useFleetPolling(entries);
  const items = useFleetItems(entries);
  const counts = useMemo(() => countItems(items), [items]);
  const states = useMemo(() => statesPresent(items), [items]);
  const [selector] = useState(() => new ItemSelector());
  const visible = useMemo(() => selector.select(items, search), [selector, items, search]);
  const showProject = useMemo(() => new Set(entries.map((e) => e.projectId)).size > 1, [entries]);
  return (
    <Stack spacing={2}>
      <ClassFilterBar
        counts={counts}
        selected={search.classes}
        onToggle={(c: StateClass) => onSearchChange({ classes: toggleInList(search.classes, c) })}
        onClear={() => onSearchChange({ classes: undefined, states: undefined })}
      />
      <FleetToolbar search={search} states={states} onChange={onSearchChange} actions={actions} />
      <Typography variant="body2" color="text.secondary" role="status">
        {visible.length === items.length
          ? `${items.length} instance${items.length === 1 ? '' : 's'}`
          : `Showing ${visible.length} of ${items.length} instances`}
      </Typography>
      {visible.length > 0 && (
        <FleetList
          items={visible}
          showProject={showProject}
          removable={removable}
          label={listLabel}
        />
      )}
    </Stack>
  );
}
