import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { useAuthStore } from '../../../stores/auth-store.ts';
import { useSignInDialog } from '../sign-in-dialog-store.ts';

/** Pass-through mode: asks for the operator's IAM token when there is none or it was rejected. */
export function SignInDialog() {
  const tokenMode = useAuthStore((s) => s.tokenMode);
  const hasToken = useAuthStore((s) => s.token !== null);
  const rejected = useAuthStore((s) => s.tokenRejected);
  const signIn = useAuthStore((s) => s.signIn);
  const requested = useSignInDialog((s) => s.requested);
  const dismissed = useSignInDialog((s) => s.dismissed);
  const dismiss = useSignInDialog((s) => s.dismiss);
  const reset = useSignInDialog((s) => s.reset);
  const open = tokenMode === 'pass-through' && (requested || (!hasToken && !dismissed));
  return (
    <Dialog open={open} onClose={dismiss} aria-labelledby="sign-in-title">
      {open && (
        <SignInForm
          rejected={rejected}
          onCancel={dismiss}
          onSignIn={(t, r) => (signIn(t, r), reset())}
        />
      )}
    </Dialog>
  );
}

interface SignInFormProps {
  rejected: boolean;
  onCancel: () => void;
  onSignIn: (token: string, remember: boolean) => void;
}

function SignInForm({ rejected, onCancel, onSignIn }: SignInFormProps) {
  const [token, setToken] = useState('');
  const [remember, setRemember] = useState(false);
  const [empty, setEmpty] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (token.trim() === '') return setEmpty(true);
    onSignIn(token, remember);
  };
  return (
    <form onSubmit={submit} noValidate>
      <DialogTitle id="sign-in-title">Sign in</DialogTitle>
      <DialogContent>
        {rejected && (
          <Alert severity="error" sx={{ mb: 2 }}>
            Your token was rejected (it may have expired). Polling is paused until you sign in
            again.
          </Alert>
        )}
        <DialogContentText sx={{ mb: 2 }}>
          Paste an IAM token (from POST /v3/auth/tokens). It is kept in memory and sent only to the
          dcwatch proxy.
        </DialogContentText>
        <TextField
          label="IAM token"
          type="password"
          fullWidth
          autoFocus
          required
          value={token}
          onChange={(e) => {
            setToken(e.target.value);
            setEmpty(false);
          }}
          error={empty}
          helperText={empty ? 'Enter a token.' : ' '}
          slotProps={{ htmlInput: { autoComplete: 'off', spellCheck: false } }}
        />
        <FormControlLabel
          control={<Checkbox checked={remember} onChange={(e) => setRemember(e.target.checked)} />}
          label="Remember in this tab"
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="contained">
          Sign in
        </Button>
      </DialogActions>
    </form>
  );
}
