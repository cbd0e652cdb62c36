import { describe, expect, it } from 'vitest';
import type { KnownState } from './instance-state.ts';
import { isDocumentedTransition, nextTransitions, STATE_TRANSITIONS } from './state-machine.ts';

const edges = STATE_TRANSITIONS.map((t) => `${t.from} --> ${t.to}: ${t.trigger} [${t.source}]`);

describe('STATE_TRANSITIONS', () => {
  it.each([
    'start --> pending: CreateInstance [spec]',
    'pending --> running: CreateInstance Succeed [spec]',
    'pending --> shutting-down: DeleteInstance [spec]',
    'running --> stopped: PowerOff/PowerReboot [spec]',
    'stopped --> running: PowerOn/Provision Succeed [spec]',
    'stopped --> stopped: ChangePassword [spec]',
    'pending --> error: CreateInstance Failed [spec]',
    'stopped --> error: Provision Failed [spec]',
    'error --> running: Retry Provision Succeed [spec]',
    'stopped --> shutting-down: DeleteInstance [spec]',
    'error --> shutting-down: Retry DeleteInstance [spec]',
    'shutting-down --> error: DeleteInstance Failed [spec]',
    'shutting-down --> terminated: DeleteInstance Succeed [spec]',
  ])('has the spec edge %s', (line) => {
    expect(edges).toContain(line);
  });

  it.each([
    ['running', 'stopping'],
    ['stopping', 'stopped'],
    ['stopped', 'reinstalling'],
    ['reinstalling', 'running'],
    ['pending', 'failed'],
    ['shutting-down', 'failed'],
    ['reinstalling', 'failed'],
    ['failed', 'reinstalling'],
  ])('has the NOTES edge %s --> %s', (from, to) => {
    expect(STATE_TRANSITIONS).toContainEqual(
      expect.objectContaining({ from, to, source: 'notes' }),
    );
  });

  it('has exactly the 13 spec and 8 NOTES edges, none twice', () => {
    expect(STATE_TRANSITIONS.filter((t) => t.source === 'spec')).toHaveLength(13);
    expect(STATE_TRANSITIONS.filter((t) => t.source === 'notes')).toHaveLength(8);
    expect(new Set(STATE_TRANSITIONS.map((t) => `${t.from}>${t.to}`)).size).toBe(21);
  });

  it('cannot be changed by a consumer', () => {
    expect(Object.isFrozen(STATE_TRANSITIONS)).toBe(true);
  });
});

describe('nextTransitions', () => {
  it.each<[KnownState, string[]]>([
    ['pending', ['running', 'shutting-down', 'error', 'failed']],
    ['running', ['stopped', 'stopping']],
    ['stopped', ['running', 'stopped', 'error', 'shutting-down', 'reinstalling']],
    ['shutting-down', ['error', 'terminated', 'failed']],
    ['error', ['running', 'shutting-down']],
    ['terminated', []],
    ['stopping', ['stopped']],
    ['reinstalling', ['running', 'failed']],
    ['failed', ['reinstalling']],
  ])('%s → %j', (from, targets) => {
    expect(nextTransitions(from).map((t) => t.to)).toEqual(targets);
  });
});

describe('isDocumentedTransition', () => {
  it.each<[string | undefined, string | undefined, boolean]>([
    ['pending', 'running', true],
    ['running', 'stopped', true],
    ['shutting-down', 'terminated', true],
    ['shutting_down', 'terminated', true],
    ['shutting-down', 'teminated', true],
    ['STOPPED', ' Running', true],
    ['running', 'stopping', true],
    ['failed', 'reinstalling', true],
    [undefined, 'pending', true],
    ['running', 'running', true],
    ['shutting_down', 'shutting-down', true],
    ['hibernating', 'hibernating', true],
    ['Hibernating', 'hibernating ', true],
    [undefined, undefined, true],
    ['running', 'terminated', false],
    ['running', 'pending', false],
    ['terminated', 'running', false],
    ['stopped', 'pending', false],
    ['error', 'stopped', false],
    ['reinstalling', 'stopped', false],
    [undefined, 'running', false],
    ['running', undefined, false],
    ['running', 'hibernating', false],
    ['hibernating', 'running', false],
    ['hibernating', 'sleeping', false],
    ['start', 'pending', false],
  ])('%j → %j: %s', (from, to, expected) => {
    expect(isDocumentedTransition(from, to)).toBe(expected);
  });
});
