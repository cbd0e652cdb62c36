import AppBar from '@mui/material/AppBar';
import Stack from '@mui/material/Stack';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { AppLink } from '../lib/app-link.tsx';
import { AuthButton } from '../features/auth/components/auth-button.tsx';
import { PollingControls } from '../features/preferences/components/polling-controls.tsx';
import { ThemeToggle } from '../features/preferences/components/theme-toggle.tsx';

export function AppHeader() {
  return (
    <AppBar
      position="sticky"
      color="inherit"
      elevation={0}
      sx={{ borderBottom: 1, borderColor: 'divider' }}
    >
      <Toolbar sx={{ gap: 2, flexWrap: 'wrap', py: 1 }}>
        <Typography variant="h6" component="p" sx={{ fontWeight: 700 }}>
          <AppLink to="/" color="inherit" underline="hover">
            dcwatch
          </AppLink>
        </Typography>
        <Stack
          direction="row"
          spacing={2}
          sx={{ ml: 'auto', alignItems: 'center', flexWrap: 'wrap' }}
          useFlexGap
        >
          <PollingControls />
          <ThemeToggle />
          <AuthButton />
        </Stack>
      </Toolbar>
    </AppBar>
  );
}
