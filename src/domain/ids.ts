/** Letters, digits, `-` and `_`, 1 to 64 characters: what the proxy lets through as a project or instance ID. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** `isValidId('0f3c…')` → true; `isValidId('../x')` → false. */
export function isValidId(value: string): boolean {
  return ID_PATTERN.test(value);
}
