import { describe, expect, it } from 'vitest';
import { describeErrorType } from './error-status.ts';

describe('describeErrorType', () => {
  it.each([
    ['power_off_error', 'Power-off failed'],
    ['power_on_error', 'Power-on failed'],
    ['reboot_failed_error', 'Reboot failed'],
    ['create_instance_error', 'Instance creation failed'],
    ['delete_instance_error', 'Instance deletion failed'],
    ['reinstall_error', 'OS reinstallation failed'],
    ['modify_ip_error', 'IP address change failed'],
    ['verify_server_error', 'Server verification failed'],
    ['delete_server_error', 'Server deletion failed'],
    [' POWER_ON_ERROR ', 'Power-on failed'],
  ])('%j → %j', (raw, label) => {
    expect(describeErrorType(raw)).toEqual({ raw, known: true, label });
  });

  it.each([['disk_error'], ['power-on-error'], ['toString'], ['__proto__']])(
    'unknown %j keeps its raw text',
    (raw) => {
      expect(describeErrorType(raw)).toEqual({ raw, known: false, label: raw });
    },
  );

  it.each([[undefined], [''], [' ']])('%j has no type', (raw) => {
    expect(describeErrorType(raw)).toEqual({ raw, known: false, label: 'Unspecified error' });
  });
});
