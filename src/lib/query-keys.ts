/** Every query key of the app, from one place. */
export const queryKeys = {
  config: () => ['config'] as const,
  instances: () => ['instances'] as const,
  project: (projectId: string) => ['instances', projectId] as const,
  status: (projectId: string, instanceId: string) =>
    ['instances', projectId, instanceId, 'status'] as const,
};

export type StatusQueryKey = ReturnType<typeof queryKeys.status>;

/** Reads a key back: `['instances', p, i, 'status']` → { projectId: p, instanceId: i }, else null. */
export function parseStatusKey(
  key: readonly unknown[],
): { projectId: string; instanceId: string } | null {
  const [root, projectId, instanceId, leaf] = key;
  if (root !== 'instances' || leaf !== 'status' || key.length !== 4) return null;
  if (typeof projectId !== 'string' || typeof instanceId !== 'string') return null;
  return { projectId, instanceId };
}
