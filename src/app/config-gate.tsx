import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import { useEffect, type ReactNode } from 'react';
import { useConfig } from '../features/config/api/get-config.ts';
import { setBatchMaxIds } from '../features/instances/api/fleet-status-query.ts';
import { useAuthStore } from '../stores/auth-store.ts';

/** Nothing polls before /api/config says how to authenticate and how big a batch may be. */
export function ConfigGate({ children }: { children: ReactNode }) {
  const config = useConfig();
  const tokenMode = useAuthStore((s) => s.tokenMode);
  const setTokenMode = useAuthStore((s) => s.setTokenMode);
  const data = config.data;
  useEffect(() => {
    if (!data) return;
    setBatchMaxIds(data.batch.maxIds);
    setTokenMode(data.tokenMode);
  }, [data, setTokenMode]);

  if (config.isError && !data) {
    return (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={() => void config.refetch()}>
            Retry
          </Button>
        }
      >
        <AlertTitle>Cannot reach the dcwatch proxy</AlertTitle>
        {config.error.message}
      </Alert>
    );
  }
  if (!data || data.tokenMode !== tokenMode) {
    return (
      <Stack sx={{ alignItems: 'center', py: 6 }}>
        <CircularProgress aria-label="Loading configuration" />
      </Stack>
    );
  }
  return children;
}
