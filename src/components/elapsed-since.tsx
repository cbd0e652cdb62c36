import { memo } from 'react';
import { formatDuration, useNowSelector } from '../lib/clock.ts';

export interface ElapsedSinceProps {
  /** Epoch ms. */
  since: number;
  prefix?: string;
}

/** "for 2 min" from the shared clock; re-renders only when the text changes. */
export const ElapsedSince = memo(function ElapsedSince({
  since,
  prefix = 'for ',
}: ElapsedSinceProps) {
  const text = useNowSelector((now) => formatDuration(now - since));
  return (
    <span>
      {prefix}
      {text}
    </span>
  );
});
