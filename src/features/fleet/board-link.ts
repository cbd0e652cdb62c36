import { stringifySearch } from '../../lib/search-serialization.ts';
import type { FleetEntry } from './fleet-item.ts';
import type { FleetSearch } from './fleet-search.ts';

/** Links to ad-hoc boards of the given instances (one per project), keeping filters and sort. */
export function boardLinks(
  origin: string,
  entries: readonly FleetEntry[],
  search: FleetSearch,
): string[] {
  const byProject = new Map<string, string[]>();
  for (const e of entries) {
    const ids = byProject.get(e.projectId) ?? [];
    ids.push(e.instanceId);
    byProject.set(e.projectId, ids);
  }
  return [...byProject].map(
    ([projectId, ids]) =>
      `${origin}/projects/${encodeURIComponent(projectId)}${stringifySearch({ ...search, ids: ids.join(',') })}`,
  );
}
