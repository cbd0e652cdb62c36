import { z } from 'zod';
import { ID_PATTERN } from '../domain/ids.ts';
import { MAX_LABEL_LENGTH } from './watchlist-slice.ts';

export const APP_STORE_KEY = 'dcwatch.app';
export const APP_STORE_VERSION = 1;

const entrySchema = z.object({
  projectId: z.string().regex(ID_PATTERN),
  instanceId: z.string().regex(ID_PATTERN),
  label: z.string().max(MAX_LABEL_LENGTH).optional().catch(undefined),
  addedAt: z.number().catch(0),
});

/** What may come back from localStorage: anything odd is dropped rather than trusted. */
export const persistedStateSchema = z.object({
  watchlist: z
    .array(z.unknown())
    .catch([])
    .transform((items) =>
      items.flatMap((item) => {
        const parsed = entrySchema.safeParse(item);
        if (!parsed.success) return [];
        const { label, ...rest } = parsed.data;
        return [label ? { ...rest, label } : rest];
      }),
    ),
  baseIntervalMs: z.number().min(1000).max(3_600_000).optional().catch(undefined),
  paused: z.boolean().optional().catch(undefined),
  pollInBackground: z.boolean().optional().catch(undefined),
  theme: z.enum(['light', 'dark', 'system']).optional().catch(undefined),
});

export type PersistedState = z.infer<typeof persistedStateSchema>;

/** Keeps only the fields that parsed, so defaults fill the rest. */
export function sanitizePersisted(value: unknown): Partial<PersistedState> {
  const parsed = persistedStateSchema.safeParse(value ?? {});
  if (!parsed.success) return {};
  return Object.fromEntries(
    Object.entries(parsed.data).filter(([, v]) => v !== undefined),
  ) as Partial<PersistedState>;
}
