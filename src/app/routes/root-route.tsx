import { createRootRoute } from '@tanstack/react-router';
import { AppShell } from '../app-shell.tsx';
import { NotFoundPage } from '../not-found-page.tsx';
import { ViewError } from '../view-error.tsx';

export const rootRoute = createRootRoute({
  component: AppShell,
  notFoundComponent: NotFoundPage,
  errorComponent: ViewError,
});
