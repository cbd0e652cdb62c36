import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useState } from 'react';
import type { FleetItem } from '../fleet-item.ts';
import { FleetRow } from './fleet-row.tsx';
import { RowErrorBoundary } from './row-error-boundary.tsx';

interface FleetListProps {
  items: readonly FleetItem[];
  showProject: boolean;
  removable: boolean;
  label: string;
}

export const ROW_ESTIMATE_PX = 64;

/** Renders only the rows in (or near) the viewport; the page itself scrolls. */
export function FleetList({ items, showProject, removable, label }: FleetListProps) {
  const [listEl, setListEl] = useState<HTMLDivElement | null>(null);
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => ROW_ESTIMATE_PX,
    overscan: 8,
    scrollMargin: listEl?.offsetTop ?? 0,
    getItemKey: (index) => items[index]?.key ?? index,
    // A row never measures 0 (detached, or a DOM without layout): fall back to the estimate.
    measureElement: (el) => el.getBoundingClientRect().height || ROW_ESTIMATE_PX,
  });
  const virtualItems = virtualizer.getVirtualItems();
  const offset = virtualItems[0] ? virtualItems[0].start - virtualizer.options.scrollMargin : 0;
  return (
    <Paper variant="outlined">
      <Box ref={setListEl} sx={{ position: 'relative', height: virtualizer.getTotalSize() }}>
        <Box
          component="ul"
          aria-label={label}
          sx={{
            listStyle: 'none',
            m: 0,
            p: 0,
            position: 'absolute',
            top: 0,
            left: 0,
            right: 0,
            transform: `translateY(${offset}px)`,
          }}
        >
          {virtualItems.map((row) => {
            const item = items[row.index];
            if (!item) return null;
            return (
              <li
                key={row.key}
                data-index={row.index}
                ref={virtualizer.measureElement}
                aria-setsize={items.length}
                aria-posinset={row.index + 1}
              >
                <RowErrorBoundary name={item.label ?? item.instanceId}>
                  <FleetRow
                    projectId={item.projectId}
                    instanceId={item.instanceId}
                    label={item.label}
                    showProject={showProject}
                    removable={removable}
                  />
                </RowErrorBoundary>
                {row.index < items.length - 1 && <Divider component="div" />}
              </li>
            );
          })}
        </Box>
      </Box>
    </Paper>
  );
}
