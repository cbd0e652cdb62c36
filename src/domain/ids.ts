/** Letters, digits, `-` and `_`, 1 to 64 characters: what the proxy lets through as a project or instance ID. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** `isValidId('0f3c…')` → true; `isValidId('../x')` → false. */
export function isValidId(value: string): boolean {
  return ID_PATTERN.test(value);
}

/** What `parseIdList` found: valid unique IDs in order, invalid tokens, and IDs given more than once. */
export interface IdList {
  ids: string[];
  invalid: string[];
  duplicates: string[];
}

/**
 * Splits pasted text on commas, spaces and newlines; each problem token is reported once.
 * @example parseIdList('a, b\nb ../x') → { ids: ['a', 'b'], invalid: ['../x'], duplicates: ['b'] }
 */
export function parseIdList(text: string): IdList {
  // Sets, not arrays: a pasted column of 5,000 IDs must not cost 5,000² comparisons.
  const ids = new Set<string>();
  const invalid = new Set<string>();
  const duplicates = new Set<string>();
  for (const token of text.split(/[\s,]+/)) {
    if (token === '') continue;
    if (!isValidId(token)) invalid.add(token);
    else if (ids.has(token)) duplicates.add(token);
    else ids.add(token);
  }
  return { ids: [...ids], invalid: [...invalid], duplicates: [...duplicates] };
}
