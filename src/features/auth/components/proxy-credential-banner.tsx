import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useAuthStore } from '../../../stores/auth-store.ts';

/** Server mode: the proxy's own token was answered 401; the operator cannot fix it in the browser. */
export function ProxyCredentialBanner() {
  const rejected = useAuthStore((s) => s.tokenMode === 'server' && s.proxyCredentialRejected);
  if (!rejected) return null;
  return (
    <Alert severity="error" sx={{ mb: 2 }}>
      <AlertTitle>The proxy&apos;s credential was rejected</AlertTitle>
      The cloud answered 401 to the token the dcwatch server uses. Check CLOUDDC_AUTH_TOKEN where
      dcwatch runs (IAM tokens expire after 24 hours), then restart it. Last known states stay on
      screen.
    </Alert>
  );
}
