import { createRoute, useNavigate } from '@tanstack/react-router';
import { isValidId } from '../../domain/ids.ts';
import { InstancePage } from '../../features/instance/components/instance-page.tsx';
import { instanceSearchSchema, type InstanceTab } from '../../features/instance/instance-search.ts';
import { NotFoundPage } from '../not-found-page.tsx';
import { ViewError } from '../view-error.tsx';
import { rootRoute } from './root-route.tsx';

export const instanceRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects/$projectId/instances/$instanceId',
  validateSearch: instanceSearchSchema,
  errorComponent: ViewError,
  component: InstanceRouteView,
});

function InstanceRouteView() {
  const { projectId, instanceId } = instanceRoute.useParams();
  const { tab } = instanceRoute.useSearch();
  const navigate = useNavigate({ from: '/projects/$projectId/instances/$instanceId' });
  if (!isValidId(projectId) || !isValidId(instanceId)) return <NotFoundPage />;
  const onTabChange = (next: InstanceTab) =>
    void navigate({ search: { tab: next === 'overview' ? undefined : next }, replace: true });
  return (
    <InstancePage
      key={`${projectId}/${instanceId}`}
      projectId={projectId}
      instanceId={instanceId}
      tab={tab ?? 'overview'}
      onTabChange={onTabChange}
    />
  );
}
