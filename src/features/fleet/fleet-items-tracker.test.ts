import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { queryKeys } from '../../lib/query-keys.ts';
import { FleetItemsTracker } from './fleet-items-tracker.ts';

const entries = [
  { projectId: 'p', instanceId: 'a' },
  { projectId: 'p', instanceId: 'b' },
];
const answer = (state: string) => ({ status: { state }, raw: { state } });

function setup() {
  const client = new QueryClient();
  client.setQueryData(queryKeys.status('p', 'a'), answer('running'));
  client.setQueryData(queryKeys.status('p', 'b'), answer('pending'));
  const tracker = new FleetItemsTracker(client);
  return { client, tracker, first: tracker.items(entries) };
}

describe('FleetItemsTracker', () => {
  it('gives back the same array when the polls that came in changed nothing', () => {
    const { client, tracker, first } = setup();
    client.setQueryData(queryKeys.status('p', 'a'), answer('running'));
    tracker.touch('p', 'a');
    expect(tracker.items(entries)).toBe(first);
  });

  it('recomputes only the instance that changed and keeps the other item as it was', () => {
    const { client, tracker, first } = setup();
    client.setQueryData(queryKeys.status('p', 'b'), answer('running'));
    tracker.touch('p', 'b');
    const next = tracker.items(entries);
    expect([next === first, next[0] === first[0], next[1]?.stateClass]).toEqual([
      false,
      true,
      'stable',
    ]);
  });

  it('starts over when the watched entries change', () => {
    const { tracker } = setup();
    const fewer = tracker.items(entries.slice(1));
    expect(fewer.map((i) => i.instanceId)).toEqual(['b']);
  });
});
