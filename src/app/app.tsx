import { RouterProvider } from '@tanstack/react-router';
import { useState } from 'react';
import { AppProviders } from './app-providers.tsx';
import { createAppRouter } from './router.tsx';

export function App() {
  const [router] = useState(() => createAppRouter());
  return (
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
