import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { ID_PATTERN } from '../../../domain/ids.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import { BATCH_IDS_CEILING, MAX_BATCH_IDS } from '../../instances/api/batch-status.ts';

const configSchema = z.object({
  mode: z.enum(['simulator', 'upstream']).catch('upstream'),
  tokenMode: z.enum(['server', 'pass-through']),
  demo: z
    .object({
      projectId: z.string().regex(ID_PATTERN),
      instanceIds: z.array(z.string().regex(ID_PATTERN)),
    })
    .nullable()
    .catch(null),
  batch: z
    .object({ path: z.string(), maxIds: z.number().int().min(1).max(BATCH_IDS_CEILING) })
    .catch({ path: '/api/v1/{project_id}/instances/status:batch', maxIds: MAX_BATCH_IDS }),
  freshnessMs: z.number().optional().catch(undefined),
});

export type AppConfig = z.infer<typeof configSchema>;

function parseConfig(body: unknown) {
  const result = configSchema.safeParse(body);
  return result.success
    ? { ok: true as const, value: result.data }
    : { ok: false as const, reason: result.error.issues.map((i) => i.message).join('; ') };
}

export function getConfig(signal?: AbortSignal): Promise<AppConfig> {
  return apiRequest('/api/config', { signal, parse: parseConfig });
}

export const configQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.config(),
    queryFn: ({ signal }) => getConfig(signal),
    staleTime: Infinity,
    gcTime: Infinity,
  });

export function useConfig() {
  return useQuery(configQueryOptions());
}
