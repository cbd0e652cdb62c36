import { isValidId } from '../domain/ids.ts';
import { BATCH_MAX_IDS } from './proxy-config.ts';
import { ProxyError } from './proxy-error.ts';

const bad = (message: string) => new ProxyError(400, 'DCW.BAD_REQUEST', message);

/**
 * Checks a batch body: `{ "ids": [...] }` with 1..100 valid, unique IDs.
 * @example parseBatchIds({ ids: ['i-1', 'i-2'] }) → ['i-1', 'i-2']
 */
export function parseBatchIds(body: unknown): string[] {
  const ids = (body as { ids?: unknown } | null)?.ids;
  if (typeof body !== 'object' || Array.isArray(body) || !Array.isArray(ids)) {
    throw bad('The body must be an object with an "ids" array.');
  }
  if (ids.length < 1 || ids.length > BATCH_MAX_IDS) {
    throw bad(`"ids" must hold 1 to ${BATCH_MAX_IDS} instance IDs (got ${ids.length}).`);
  }
  const seen = new Set<string>();
  for (const [index, id] of ids.entries()) {
    if (typeof id !== 'string' || !isValidId(id)) {
      throw bad(`ids[${index}] is not a valid instance ID (1 to 64 letters, digits, '-' or '_').`);
    }
    if (seen.has(id)) throw bad(`ids[${index}] repeats "${id}".`);
    seen.add(id);
  }
  return ids as string[];
}
