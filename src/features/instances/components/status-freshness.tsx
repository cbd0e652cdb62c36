import { FreshnessLabel } from '../../../components/freshness-label.tsx';
import { isStale } from '../../../domain/polling-policy.ts';
import { formatDuration, useNow } from '../../../lib/clock.ts';

interface StatusFreshnessProps {
  updatedAt?: number;
  intervalMs: number | false;
  /** Set when the latest fetch failed: what is shown is the last known state. */
  problemMessage?: string;
}

/** The only part of a row that ticks with the shared clock. */
export function StatusFreshness({ updatedAt, intervalMs, problemMessage }: StatusFreshnessProps) {
  const now = useNow();
  const old = isStale(updatedAt, now, intervalMs);
  const stale = updatedAt !== undefined && (old || problemMessage !== undefined);
  const reason =
    problemMessage !== undefined
      ? `Last known state: the latest fetch failed (${problemMessage}).`
      : old && updatedAt !== undefined
        ? `No new answer for ${formatDuration(now - updatedAt)}.`
        : undefined;
  return (
    <FreshnessLabel updatedAt={updatedAt} stale={stale} staleReason={stale ? reason : undefined} />
  );
}
