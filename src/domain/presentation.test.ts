import { describe, expect, it } from 'vitest';
import { describeState } from './instance-state.ts';
import {
  attentionRank,
  stateSeverity,
  type AttentionInput,
  type Severity,
} from './presentation.ts';

describe('stateSeverity', () => {
  it.each<[string | undefined, Severity]>([
    ['error', 'error'],
    ['failed', 'error'],
    ['pending', 'info'],
    ['shutting-down', 'info'],
    ['stopping', 'info'],
    ['reinstalling', 'info'],
    ['running', 'success'],
    ['RUNNING', 'success'],
    ['stopped', 'neutral'],
    ['terminated', 'neutral'],
    ['hibernating', 'neutral'],
    ['Error state', 'neutral'],
    [undefined, 'neutral'],
  ])('%j → %s', (raw, expected) => {
    expect(stateSeverity(describeState(raw))).toBe(expected);
  });
});

describe('attentionRank', () => {
  it.each<[string, AttentionInput, number]>([
    ['faulted state', { state: 'error' }, 0],
    ['failed state', { state: 'failed' }, 0],
    [
      'faulted beats everything',
      { state: 'error', operationState: 'install-failed', problem: 'server' },
      0,
    ],
    ['failed operation', { state: 'running', operationState: 'reinstall-failed' }, 1],
    ['unknown operation that failed', { state: 'running', operationState: 'backup-failed' }, 1],
    ['error object on a stable state', { state: 'running', hasError: true }, 1],
    ['fetch problem', { state: 'running', problem: 'throttled' }, 2],
    ['fetch problem, nothing loaded', { problem: 'network' }, 2],
    ['null problem is none', { state: 'running', problem: null }, 5],
    ['transitional state', { state: 'pending' }, 3],
    ['processing operation', { state: 'stopped', operationState: 'modify-ip-processing' }, 3],
    ['unknown state', { state: 'hibernating' }, 4],
    ['no state', {}, 4],
    ['running', { state: 'running' }, 5],
    ['stopped after success', { state: 'stopped', operationState: 'install-succeed' }, 5],
    ['unknown operation', { state: 'stopped', operationState: 'whatever' }, 5],
    ['hasError false', { state: 'stopped', hasError: false }, 5],
    ['terminated', { state: 'terminated' }, 6],
    ['terminated with a fetch problem', { state: 'terminated', problem: 'server' }, 2],
  ])('%s → %i', (_name, input, expected) => {
    expect(attentionRank(input)).toBe(expected);
  });
});
