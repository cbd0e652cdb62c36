import Button from '@mui/material/Button';
import { useConfig } from '../../config/api/get-config.ts';
import { useAppStore } from '../../../stores/app-store.ts';

/** With the simulator, an empty watchlist can start from the demo fleet. */
export function WatchDemoButton() {
  const { data: config } = useConfig();
  const addInstances = useAppStore((s) => s.addInstances);
  const demo = config?.mode === 'simulator' ? config.demo : null;
  if (!demo || demo.instanceIds.length === 0) return null;
  return (
    <Button
      variant="outlined"
      onClick={() => addInstances(demo.projectId, demo.instanceIds.join('\n'))}
    >
      Watch the demo fleet ({demo.instanceIds.length} instances)
    </Button>
  );
}
