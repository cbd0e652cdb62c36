import { z } from 'zod';
import type { StateClass } from '../../domain/instance-state.ts';

export const STATE_CLASSES: readonly StateClass[] = [
  'faulted',
  'transitional',
  'unknown',
  'stable',
  'final',
];
export const SORT_KEYS = ['attention', 'id', 'state', 'updated'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

const CLASS = '(transitional|stable|final|faulted|unknown)';
const STATE = "[A-Za-z0-9_.' -]{1,64}";

/** Filters, sort and search text of a board, as they sit in the URL; bad values fall back to defaults. */
export const fleetSearchSchema = z.object({
  classes: z
    .string()
    .regex(new RegExp(`^${CLASS}(,${CLASS})*$`))
    .optional()
    .catch(undefined),
  states: z
    .string()
    .max(1000)
    .regex(new RegExp(`^${STATE}(,${STATE})*$`))
    .optional()
    .catch(undefined),
  sort: z.enum(SORT_KEYS).optional().catch(undefined),
  q: z.string().max(200).optional().catch(undefined),
});

export type FleetSearch = z.infer<typeof fleetSearchSchema>;

export const boardSearchSchema = fleetSearchSchema.extend({
  ids: z.string().max(200_000).optional().catch(undefined),
});

export type BoardSearch = z.infer<typeof boardSearchSchema>;

export function listOf(value: string | undefined): string[] {
  return value ? value.split(',').filter((v) => v !== '') : [];
}

export function joinList(values: readonly string[]): string | undefined {
  return values.length > 0 ? values.join(',') : undefined;
}

/** `toggleInList('a,b', 'b')` → 'a'; `toggleInList(undefined, 'a')` → 'a'. */
export function toggleInList(list: string | undefined, value: string): string | undefined {
  const values = listOf(list);
  return joinList(values.includes(value) ? values.filter((v) => v !== value) : [...values, value]);
}
