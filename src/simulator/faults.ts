import { errorReply, JSON_TYPE, type Reply } from './reply.ts';
import {
  BAD_GATEWAY_HTML,
  DEFAULT_CONTENT_TYPE,
  EXPIRED_TOKEN,
  INTERNAL_ERROR,
  throttled,
} from './upstream-replies.ts';

/** `POST /__admin/faults` body: the next `count` matching status requests get this answer. */
export interface FaultSpec {
  status: 401 | 429 | 500 | 502;
  count: number;
  ids?: string[];
  retryAfterSeconds?: number;
  body?: string;
  contentType?: string;
}

const STATUSES = new Set([401, 429, 500, 502]);
const DEFAULT_BODY: Record<number, Reply> = {
  401: EXPIRED_TOKEN,
  429: throttled(5),
  500: INTERNAL_ERROR,
  502: { status: 502, body: BAD_GATEWAY_HTML, contentType: DEFAULT_CONTENT_TYPE[502] ?? JSON_TYPE },
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const optional = (v: unknown, ok: (x: unknown) => boolean) => v === undefined || ok(v);

/** Validates a fault body; returns the spec or a message saying what is wrong. */
export function parseFaultSpec(value: unknown): FaultSpec | string {
  if (!isObject(value)) return 'body must be a JSON object';
  const { status, count, ids, retryAfterSeconds, body, contentType } = value;
  if (typeof status !== 'number' || !STATUSES.has(status))
    return 'status must be 401, 429, 500 or 502';
  if (!Number.isInteger(count) || (count as number) < 1) return 'count must be a positive integer';
  const isStrings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');
  if (!optional(ids, isStrings)) return 'ids must be an array of strings';
  const isSeconds = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
  if (!optional(retryAfterSeconds, isSeconds)) return 'retryAfterSeconds must be an integer >= 0';
  if (!optional(body, (v) => typeof v === 'string')) return 'body must be a string';
  if (!optional(contentType, (v) => typeof v === 'string' && v !== ''))
    return 'contentType must be a non-empty string';
  return value as unknown as FaultSpec;
}

function faultReply(spec: FaultSpec): Reply {
  const base = DEFAULT_BODY[spec.status] ?? errorReply(spec.status, 'SIM.FAULT', 'Injected fault');
  const headers = { ...base.headers };
  if (spec.retryAfterSeconds !== undefined) headers['Retry-After'] = String(spec.retryAfterSeconds);
  return {
    status: spec.status,
    body: spec.body ?? base.body,
    contentType: spec.contentType ?? base.contentType,
    headers,
  };
}

interface Fault {
  remaining: number;
  ids: Set<string> | undefined;
  reply: Reply;
}

/** Injected answers, consumed in the order they were added. */
export interface FaultQueue {
  add(spec: FaultSpec): void;
  /** The injected answer for this request, if any is left; uses one up. */
  take(instanceId: string): Reply | undefined;
  clear(): void;
}

export function createFaultQueue(): FaultQueue {
  let faults: Fault[] = [];
  return {
    add(spec) {
      const ids = spec.ids === undefined ? undefined : new Set(spec.ids);
      faults.push({ remaining: spec.count, ids, reply: faultReply(spec) });
    },
    take(instanceId) {
      if (faults.length === 0) return undefined;
      const fault = faults.find((f) => f.ids === undefined || f.ids.has(instanceId));
      if (fault === undefined) return undefined;
      fault.remaining -= 1;
      if (fault.remaining === 0) faults = faults.filter((f) => f !== fault);
      return fault.reply;
    },
    clear() {
      faults = [];
    },
  };
}
