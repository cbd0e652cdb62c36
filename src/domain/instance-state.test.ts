import { describe, expect, it } from 'vitest';
import { describeState } from './instance-state.ts';

describe('describeState', () => {
  it.each([
    ['pending', 'pending', 'transitional', 'Pending', 'spec'],
    ['running', 'running', 'stable', 'Running', 'spec'],
    ['stopped', 'stopped', 'stable', 'Stopped', 'spec'],
    ['shutting-down', 'shutting-down', 'transitional', 'Shutting down', 'spec'],
    ['terminated', 'terminated', 'final', 'Terminated', 'spec'],
    ['error', 'error', 'faulted', 'Error', 'spec'],
    ['stopping', 'stopping', 'transitional', 'Stopping', 'notes'],
    ['reinstalling', 'reinstalling', 'transitional', 'Reinstalling', 'notes'],
    ['failed', 'failed', 'faulted', 'Failed', 'notes'],
    ['shutting_down', 'shutting-down', 'transitional', 'Shutting down', 'spec'],
    ['teminated', 'terminated', 'final', 'Terminated', 'spec'],
    ['RUNNING', 'running', 'stable', 'Running', 'spec'],
    ['  Stopped\n', 'stopped', 'stable', 'Stopped', 'spec'],
    ['Shutting_Down', 'shutting-down', 'transitional', 'Shutting down', 'spec'],
  ])('%j → %s (%s)', (raw, known, stateClass, label, documented) => {
    const info = describeState(raw);
    expect(info).toMatchObject({ raw, known, stateClass, label, documented });
    expect(info.description).not.toBe('');
  });

  it.each([
    ['hibernating', 'hibernating'],
    ['Hibernating ', 'Hibernating '],
    ['shutting down', 'shutting down'],
    ['run', 'run'],
    ['constructor', 'constructor'],
    ['__proto__', '__proto__'],
    ['toString', 'toString'],
    ['', '(empty)'],
    ['   ', '(empty)'],
  ])('unknown %j is shown as %j and never as a known state', (raw, label) => {
    expect(describeState(raw)).toMatchObject({
      raw,
      known: null,
      stateClass: 'unknown',
      label,
      documented: null,
    });
  });

  it('says when no state was reported', () => {
    expect(describeState(undefined)).toMatchObject({
      raw: undefined,
      known: null,
      stateClass: 'unknown',
      label: 'No state reported',
      documented: null,
    });
  });
});
