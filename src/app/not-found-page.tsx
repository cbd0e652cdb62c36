import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { AppLink } from '../lib/app-link.tsx';
import { useDocumentTitle } from '../lib/use-document-title.ts';

export function NotFoundPage() {
  useDocumentTitle('Not found');
  return (
    <Stack spacing={2} sx={{ py: 4 }}>
      <Typography variant="h4" component="h1">
        Page not found
      </Typography>
      <Typography color="text.secondary">
        This address does not name a dcwatch view. Instance links look like
        /projects/PROJECT_ID/instances/INSTANCE_ID.
      </Typography>
      <AppLink to="/">Back to the fleet overview</AppLink>
    </Stack>
  );
}
