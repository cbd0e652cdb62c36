import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { useAppStore } from '../../../stores/app-store.ts';
import { AddInstancesForm } from '../../watchlist/components/add-instances-form.tsx';
import { WatchDemoButton } from '../../watchlist/components/watch-demo-button.tsx';
import type { FleetSearch } from '../fleet-search.ts';
import { CopyViewLinkButton } from './copy-view-link-button.tsx';
import { FleetBoard } from './fleet-board.tsx';

interface OverviewPageProps {
  search: FleetSearch;
  onSearchChange: (patch: Partial<FleetSearch>) => void;
}

/** `/`: the operator's saved watchlist. */
export function OverviewPage({ search, onSearchChange }: OverviewPageProps) {
  const watchlist = useAppStore((s) => s.watchlist);
  const empty = watchlist.length === 0;
  // Open from the start on an empty watchlist, and kept mounted in the same place once the first
  // paste fills it, so that paste's messages (invalid or repeated IDs) stay on screen.
  const [addOpen, setAddOpen] = useState(empty);
  useDocumentTitle('Fleet overview');
  return (
    <Stack spacing={3}>
      <Typography variant="h4" component="h1">
        Fleet overview
      </Typography>
      {empty ? (
        <Paper variant="outlined" sx={{ p: 3 }}>
          <Stack spacing={2}>
            <Typography variant="h6" component="h2">
              Your watchlist is empty
            </Typography>
            <Typography color="text.secondary">
              Add instances by project ID and instance IDs below. The watchlist is kept in this
              browser.
            </Typography>
            <div>
              <WatchDemoButton />
            </div>
          </Stack>
        </Paper>
      ) : null}
      <Accordion
        variant="outlined"
        disableGutters
        expanded={empty || addOpen}
        onChange={(_event, open) => setAddOpen(open)}
        slotProps={{ heading: { component: 'h2' } }}
      >
        <AccordionSummary aria-controls="add-instances-panel" id="add-instances-header">
          <Typography component="span" variant="subtitle1">
            Add instances
          </Typography>
        </AccordionSummary>
        <AccordionDetails id="add-instances-panel">
          <AddInstancesForm defaultProjectId={watchlist.at(-1)?.projectId ?? ''} />
        </AccordionDetails>
      </Accordion>
      {empty ? null : (
        <FleetBoard
          entries={watchlist}
          search={search}
          onSearchChange={onSearchChange}
          removable
          listLabel="Watched instances"
          actions={<CopyViewLinkButton entries={watchlist} search={search} />}
        />
      )}
    </Stack>
  );
}
