import { describe, expect, it } from 'vitest';
import { parseOperationState } from './operation-state.ts';

describe('parseOperationState', () => {
  it.each([
    ['install-processing', 'install', 'processing', 'Installing OS', 'in progress'],
    ['install-succeed', 'install', 'succeeded', 'Installing OS', 'succeeded'],
    ['install-failed', 'install', 'failed', 'Installing OS', 'failed'],
    ['reinstall-processing', 'reinstall', 'processing', 'Reinstalling OS', 'in progress'],
    ['reinstall-succeed', 'reinstall', 'succeeded', 'Reinstalling OS', 'succeeded'],
    ['reinstall-failed', 'reinstall', 'failed', 'Reinstalling OS', 'failed'],
    ['switch-install-processing', 'switch-install', 'processing', 'Changing OS', 'in progress'],
    ['switch-install-succeed', 'switch-install', 'succeeded', 'Changing OS', 'succeeded'],
    ['switch-install-failed', 'switch-install', 'failed', 'Changing OS', 'failed'],
    ['modify-ip-processing', 'modify-ip', 'processing', 'Changing IP address', 'in progress'],
    ['modify-ip-succeed', 'modify-ip', 'succeeded', 'Changing IP address', 'succeeded'],
    ['modify-ip-failed', 'modify-ip', 'failed', 'Changing IP address', 'failed'],
    ['uninstall-processing', 'uninstall', 'processing', 'Uninstalling OS', 'in progress'],
    ['uninstall-succeed', 'uninstall', 'succeeded', 'Uninstalling OS', 'succeeded'],
    ['uninstall-failed', 'uninstall', 'failed', 'Uninstalling OS', 'failed'],
    ['install-succeeded', 'install', 'succeeded', 'Installing OS', 'succeeded'],
    [' Switch-Install-Failed ', 'switch-install', 'failed', 'Changing OS', 'failed'],
  ])('%j → %s / %s', (raw, operation, phase, label, outcome) => {
    expect(parseOperationState(raw)).toEqual({ raw, operation, phase, label, outcome });
  });

  it.each([
    ['backup-processing', null, 'processing', 'backup-processing', 'in progress'],
    ['install-paused', null, null, 'install-paused', 'install-paused'],
    ['switch-processing', null, 'processing', 'switch-processing', 'in progress'],
    ['xinstall-failed', null, 'failed', 'xinstall-failed', 'failed'],
    ['install', null, null, 'install', 'install'],
    ['processing', null, null, 'processing', 'processing'],
    ['-failed', null, null, '-failed', '-failed'],
    ['constructor-failed', null, 'failed', 'constructor-failed', 'failed'],
    ['install-__proto__', null, null, 'install-__proto__', 'install-__proto__'],
  ])('unknown %j keeps its raw text', (raw, operation, phase, label, outcome) => {
    expect(parseOperationState(raw)).toEqual({ raw, operation, phase, label, outcome });
  });

  it.each([[undefined], [''], ['  ']])('%j → null', (raw) => {
    expect(parseOperationState(raw)).toBeNull();
  });
});
