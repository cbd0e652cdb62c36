import { createRoute, useNavigate } from '@tanstack/react-router';
import { isValidId } from '../../domain/ids.ts';
import { BoardPage } from '../../features/fleet/components/board-page.tsx';
import { boardSearchSchema, type FleetSearch } from '../../features/fleet/fleet-search.ts';
import { NotFoundPage } from '../not-found-page.tsx';
import { ViewError } from '../view-error.tsx';
import { rootRoute } from './root-route.tsx';

export const boardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects/$projectId',
  validateSearch: boardSearchSchema,
  errorComponent: ViewError,
  component: BoardRouteView,
});

function BoardRouteView() {
  const { projectId } = boardRoute.useParams();
  const search = boardRoute.useSearch();
  const navigate = useNavigate({ from: '/projects/$projectId' });
  if (!isValidId(projectId)) return <NotFoundPage />;
  const onSearchChange = (patch: Partial<FleetSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  return (
    <BoardPage
      key={projectId}
      projectId={projectId}
      search={search}
      onSearchChange={onSearchChange}
    />
  );
}
