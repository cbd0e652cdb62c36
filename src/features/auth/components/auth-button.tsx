import LoginIcon from '@mui/icons-material/Login';
import LogoutIcon from '@mui/icons-material/Logout';
import Button from '@mui/material/Button';
import { useQueryClient } from '@tanstack/react-query';
import { useAuthStore } from '../../../stores/auth-store.ts';
import { useSignInDialog } from '../sign-in-dialog-store.ts';

/** Header sign-in / sign-out, only in pass-through mode. */
export function AuthButton() {
  const tokenMode = useAuthStore((s) => s.tokenMode);
  const signedIn = useAuthStore((s) => s.token !== null);
  const signOut = useAuthStore((s) => s.signOut);
  const open = useSignInDialog((s) => s.open);
  const client = useQueryClient();
  if (tokenMode !== 'pass-through') return null;
  return signedIn ? (
    <Button
      color="inherit"
      startIcon={<LogoutIcon />}
      onClick={() => {
        signOut();
        void client.cancelQueries({ queryKey: ['instances'] });
      }}
    >
      Sign out
    </Button>
  ) : (
    <Button color="inherit" startIcon={<LoginIcon />} onClick={open}>
      Sign in
    </Button>
  );
}
