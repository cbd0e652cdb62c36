import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { FetchProblemChip } from '../../../components/fetch-problem-chip.tsx';
import type { ApiError } from '../../../lib/api-error.ts';
import { useAuthStore } from '../../../stores/auth-store.ts';
import { useSignInDialog } from '../../auth/sign-in-dialog-store.ts';

interface StatusProblemAlertProps {
  problem: ApiError;
  projectId: string;
  instanceId: string;
}

/** Explains a failed fetch on the instance view; the last known status stays on screen. */
export function StatusProblemAlert({ problem, projectId, instanceId }: StatusProblemAlertProps) {
  const tokenMode = useAuthStore((s) => s.tokenMode);
  const openSignIn = useSignInDialog((s) => s.open);
  if (problem.kind === 'not-found') {
    return (
      <Alert severity="warning">
        <AlertTitle>Instance not found</AlertTitle>
        No instance {instanceId} in project {projectId}, or the project does not exist in this
        region.
      </Alert>
    );
  }
  if (problem.kind === 'unauthorized') {
    return tokenMode === 'pass-through' ? (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={openSignIn}>
            Sign in
          </Button>
        }
      >
        <AlertTitle>Your token was rejected</AlertTitle>
        Sign in again with a fresh IAM token; polling resumes after sign-in.
      </Alert>
    ) : (
      <Alert severity="error">
        <AlertTitle>The proxy&apos;s credential was rejected</AlertTitle>
        The cloud answered 401 to the token the dcwatch server uses. Check CLOUDDC_AUTH_TOKEN on the
        server (IAM tokens expire after 24 hours) and restart it.
      </Alert>
    );
  }
  return <FetchProblemChip problem={problem.problem} retryAt={problem.retryAt} />;
}
