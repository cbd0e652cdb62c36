import { z } from 'zod';

/** The `error` object of a status body (every field optional, extra fields kept at runtime). */
export interface ErrorStatus {
  error_code?: string;
  error_msg?: string;
  error_type?: string;
}

/** A ShowInstanceStatus 200 body (every field optional, extra fields kept at runtime). */
export interface InstanceStatus {
  state?: string;
  operation_state?: string;
  error?: ErrorStatus;
}

/** Copies a plain object without the keys whose value is null, so null reads as absent. */
function dropNulls(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null));
}

const errorStatusSchema = z.preprocess(
  dropNulls,
  z.looseObject({
    error_code: z.string().optional(),
    error_msg: z.string().optional(),
    error_type: z.string().optional(),
  }),
);

/** Runtime schema of the 200 body: null fields dropped, unknown strings and extra fields kept. */
export const instanceStatusSchema = z.preprocess(
  dropNulls,
  z.looseObject({
    state: z.string().optional(),
    operation_state: z.string().optional(),
    error: errorStatusSchema.optional(),
  }),
);

/** Result of `parseInstanceStatus`: the body, or why it is not a status. */
export type ParsedInstanceStatus =
  { ok: true; value: InstanceStatus } | { ok: false; reason: string };

/**
 * Validates a decoded JSON body; never throws.
 * @example parseInstanceStatus({ state: 'running' }) → { ok: true, value: { state: 'running' } }
 */
export function parseInstanceStatus(body: unknown): ParsedInstanceStatus {
  const result = instanceStatusSchema.safeParse(body);
  if (result.success) return { ok: true, value: result.data };
  const reason = result.error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'body'}: ${issue.message}`)
    .join('; ');
  return { ok: false, reason };
}
