import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { buildFleetItems, type FleetEntry, type FleetItem } from './fleet-item.ts';

export const SNAPSHOT_THROTTLE_MS = 250;

/**
 * The whole board's view of the cache, rebuilt at most every 250 ms from one QueryCache
 * subscription, so counts, filters and sort are computed once per update, not per row.
 */
export function useFleetItems(entries: readonly FleetEntry[]): FleetItem[] {
  const client = useQueryClient();
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = client.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.query.queryKey[0] !== 'instances') return;
      timer ??= setTimeout(() => {
        timer = undefined;
        setVersion((v) => v + 1);
      }, SNAPSHOT_THROTTLE_MS);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [client]);
  return useMemo(() => buildFleetItems(client, entries, version), [client, entries, version]);
}
