import { createRouter, type RouterHistory } from '@tanstack/react-router';
import { parseSearch, stringifySearch } from '../lib/search-serialization.ts';
import { NotFoundPage } from './not-found-page.tsx';
import { boardRoute } from './routes/board-route.tsx';
import { instanceRoute } from './routes/instance-route.tsx';
import { overviewRoute } from './routes/overview-route.tsx';
import { rootRoute } from './routes/root-route.tsx';
import { ViewError } from './view-error.tsx';

export const routeTree = rootRoute.addChildren([overviewRoute, boardRoute, instanceRoute]);

/** Code-based routes with plain string search params (see search-serialization.ts). */
export function createAppRouter(history?: RouterHistory) {
  return createRouter({
    routeTree,
    ...(history ? { history } : {}),
    parseSearch,
    stringifySearch,
    defaultNotFoundComponent: NotFoundPage,
    defaultErrorComponent: ViewError,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
