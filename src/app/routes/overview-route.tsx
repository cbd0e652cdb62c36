import { createRoute, useNavigate } from '@tanstack/react-router';
import { OverviewPage } from '../../features/fleet/components/overview-page.tsx';
import { fleetSearchSchema, type FleetSearch } from '../../features/fleet/fleet-search.ts';
import { ViewError } from '../view-error.tsx';
import { rootRoute } from './root-route.tsx';

export const overviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: fleetSearchSchema,
  errorComponent: ViewError,
  component: OverviewRouteView,
});

function OverviewRouteView() {
  const search = overviewRoute.useSearch();
  const navigate = useNavigate({ from: '/' });
  const onSearchChange = (patch: Partial<FleetSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  return <OverviewPage search={search} onSearchChange={onSearchChange} />;
}
