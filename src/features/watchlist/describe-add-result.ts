import type { AddResult } from '../../stores/watchlist-slice.ts';

export interface AddFeedback {
  severity: 'success' | 'warning' | 'error' | 'info';
  lines: string[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Words for what adding did: added, already watched, invalid and repeated IDs. */
export function describeAddResult(result: AddResult): AddFeedback {
  if (result.invalidProject) {
    return { severity: 'error', lines: ['The project ID is not valid.'] };
  }
  const lines: string[] = [];
  if (result.added.length > 0) lines.push(`Added ${plural(result.added.length, 'instance')}.`);
  if (result.alreadyWatched.length > 0) {
    lines.push(`Already watched: ${result.alreadyWatched.join(', ')}.`);
  }
  if (result.duplicates.length > 0) {
    lines.push(`Listed more than once (added once): ${result.duplicates.join(', ')}.`);
  }
  if (result.invalid.length > 0) {
    lines.push(
      `Not valid IDs (letters, digits, - and _ only, at most 64 characters): ${result.invalid.join(', ')}.`,
    );
  }
  if (lines.length === 0) return { severity: 'error', lines: ['Enter at least one instance ID.'] };
  const severity =
    result.invalid.length > 0
      ? result.added.length > 0
        ? 'warning'
        : 'error'
      : result.added.length > 0
        ? result.duplicates.length > 0
          ? 'warning'
          : 'success'
        : 'info';
  return { severity, lines };
}
