import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { FleetPoller, type InstanceRef } from './fleet-poller.ts';
import { usePollingSettings } from './polling-options.ts';

/** Polls every given instance for as long as the calling view is mounted. */
export function useFleetPolling(refs: readonly InstanceRef[]) {
  const client = useQueryClient();
  const settings = usePollingSettings();
  const [poller] = useState(() => new FleetPoller(client));
  useEffect(() => {
    poller.sync(refs, settings);
  }, [poller, refs, settings]);
  useEffect(() => () => poller.dispose(), [poller]);
}
