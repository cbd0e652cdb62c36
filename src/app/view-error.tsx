import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import type { ErrorComponentProps } from '@tanstack/react-router';

/** Each view's error boundary: the header and the other views keep working. */
export function ViewError({ error, reset }: ErrorComponentProps) {
  return (
    <Alert
      severity="error"
      action={
        <Button color="inherit" size="small" onClick={reset}>
          Try again
        </Button>
      }
    >
      <AlertTitle>This view failed to render</AlertTitle>
      {error instanceof Error ? error.message : 'Unexpected error.'}
    </Alert>
  );
}
