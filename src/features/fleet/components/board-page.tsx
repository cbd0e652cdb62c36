import BookmarkAddIcon from '@mui/icons-material/BookmarkAdd';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { parseIdList } from '../../../domain/ids.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { useAppStore } from '../../../stores/app-store.ts';
import { describeAddResult, type AddFeedback } from '../../watchlist/describe-add-result.ts';
import type { BoardSearch, FleetSearch } from '../fleet-search.ts';
import { FleetBoard } from './fleet-board.tsx';

interface BoardPageProps {
  projectId: string;
  search: BoardSearch;
  onSearchChange: (patch: Partial<FleetSearch>) => void;
}

/** `/projects/$projectId?ids=a,b,c`: an ad-hoc board that leaves the saved watchlist alone. */
export function BoardPage({ projectId, search, onSearchChange }: BoardPageProps) {
  const addInstances = useAppStore((s) => s.addInstances);
  useDocumentTitle(`Project ${projectId}`);
  const [feedback, setFeedback] = useState<AddFeedback | null>(null);
  const parsed = useMemo(() => parseIdList(search.ids ?? ''), [search.ids]);
  const entries = useMemo(
    () => parsed.ids.map((instanceId) => ({ projectId, instanceId })),
    [parsed.ids, projectId],
  );
  const save = () => setFeedback(describeAddResult(addInstances(projectId, parsed.ids.join('\n'))));
  return (
    <Stack spacing={3}>
      <div>
        <Typography variant="h4" component="h1">
          Instances of project {projectId}
        </Typography>
        <Typography color="text.secondary">
          A board from a link; your saved watchlist is not changed unless you save.
        </Typography>
      </div>
      {parsed.invalid.length > 0 && (
        <Alert severity="warning">
          Ignored IDs that are not valid: {parsed.invalid.join(', ')}
        </Alert>
      )}
      {entries.length === 0 ? (
        <Alert severity="info">
          This link names no instances. Add `?ids=a,b,c` to the address.
        </Alert>
      ) : (
        <FleetBoard
          entries={entries}
          search={search}
          onSearchChange={onSearchChange}
          removable={false}
          listLabel={`Instances of project ${projectId}`}
          actions={
            <Button variant="contained" size="small" startIcon={<BookmarkAddIcon />} onClick={save}>
              Save to watchlist
            </Button>
          }
        />
      )}
      {feedback && (
        <Alert severity={feedback.severity} role="status" onClose={() => setFeedback(null)}>
          {feedback.lines.join(' ')}
        </Alert>
      )}
    </Stack>
  );
}
