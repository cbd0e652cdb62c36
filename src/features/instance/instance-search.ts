import { z } from 'zod';

export const INSTANCE_TABS = ['overview', 'error', 'raw', 'history'] as const;
export type InstanceTab = (typeof INSTANCE_TABS)[number];

/** `?tab=` of the instance view; anything else falls back to the overview tab. */
export const instanceSearchSchema = z.object({
  tab: z.enum(INSTANCE_TABS).optional().catch(undefined),
});

export type InstanceSearch = z.infer<typeof instanceSearchSchema>;
