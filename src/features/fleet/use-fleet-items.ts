import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState, useSyncExternalStore } from 'react';
import { parseStatusKey } from '../../lib/query-keys.ts';
import type { FleetEntry, FleetItem } from './fleet-item.ts';
import { FleetItemsTracker } from './fleet-items-tracker.ts';

export const SNAPSHOT_THROTTLE_MS = 250;

/**
 * The whole board's view of the cache, rebuilt at most every 250 ms from one QueryCache
 * subscription and only for the instances that moved, so counts, filters and sort are computed
 * once per update, not per row, and not at all when polls change nothing.
 */
export function useFleetItems(entries: readonly FleetEntry[]): FleetItem[] {
  const client = useQueryClient();
  const [tracker] = useState(() => new FleetItemsTracker(client));
  const subscribe = useCallback(
    (onChange: () => void) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const unsubscribe = client.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated') return;
        const ref = parseStatusKey(event.query.queryKey);
        if (!ref) return;
        tracker.touch(ref.projectId, ref.instanceId);
        timer ??= setTimeout(() => {
          timer = undefined;
          onChange();
        }, SNAPSHOT_THROTTLE_MS);
      });
      return () => {
        unsubscribe();
        clearTimeout(timer);
      };
    },
    [client, tracker],
  );
  return useSyncExternalStore(subscribe, () => tracker.items(entries));
}
