import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { startHistoryRecorder } from '../features/history/history-recorder.ts';
import { AppThemeProvider } from './app-theme-provider.tsx';
import { createAppQueryClient } from './create-query-client.ts';

interface AppProvidersProps {
  children: ReactNode;
  /** Tests pass a fresh client; the app makes its own. */
  queryClient?: QueryClient;
}

export function AppProviders({ children, queryClient }: AppProvidersProps) {
  const [client] = useState(() => queryClient ?? createAppQueryClient());
  useEffect(() => startHistoryRecorder(client), [client]);
  return (
    <QueryClientProvider client={client}>
      <AppThemeProvider>{children}</AppThemeProvider>
    </QueryClientProvider>
  );
}
