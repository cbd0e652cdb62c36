import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import { Outlet } from '@tanstack/react-router';
import { ProxyCredentialBanner } from '../features/auth/components/proxy-credential-banner.tsx';
import { SignInDialog } from '../features/auth/components/sign-in-dialog.tsx';
import { AppHeader } from './app-header.tsx';
import { ConfigGate } from './config-gate.tsx';

/** The root layout: header, auth prompts, then the current view. */
export function AppShell() {
  return (
    <>
      <AppHeader />
      <Container component="main" maxWidth="xl" sx={{ py: 3 }}>
        <ConfigGate>
          <ProxyCredentialBanner />
          <SignInDialog />
          <Box>
            <Outlet />
          </Box>
        </ConfigGate>
      </Container>
    </>
  );
}
