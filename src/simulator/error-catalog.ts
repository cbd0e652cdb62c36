import type { ErrorStatus } from '../domain/instance-status.ts';
import type { Random } from './prng.ts';

/** The power errors the spec documents for `ErrorStatus.error_type`. */
export type PowerErrorType = 'power_off_error' | 'power_on_error' | 'reboot_failed_error';

type Entry = readonly [code: string, message: string];

// Messages read like an operator would see them; one per type is deliberately long.
const CATALOG: Record<PowerErrorType, readonly Entry[]> = {
  power_on_error: [
    [
      'CDC.4101',
      'Failed to power on the server: the BMC did not answer the IPMI chassis power on command within 300 seconds.',
    ],
    [
      'CDC.4104',
      'Power-on failed: the server did not complete POST. Check the hardware status in iBMC.',
    ],
    [
      'CDC.4109',
      'Provisioning failed while powering on the bare metal server. The iBMC accepted the power-on ' +
        'request, but the server did not boot from the provisioning network (PXE) within 900 seconds. ' +
        "Last BMC event: 'Memory DIMM030 uncorrectable ECC error detected'. The instance resources " +
        'have been kept for troubleshooting; retry the provisioning or delete the instance. If the ' +
        'problem persists, contact technical support with the instance ID and the time of the failure.',
    ],
  ],
  power_off_error: [
    [
      'CDC.4201',
      'Failed to power off the server: IPMI chassis power off returned completion code 0xC3 (timeout).',
    ],
    [
      'CDC.4205',
      'Deletion failed: the server could not be powered off, so its disks were not erased.',
    ],
    [
      'CDC.4208',
      'The instance could not be deleted. A graceful shutdown through ACPI timed out after 600 seconds ' +
        'and the forced power-off was rejected by iBMC (maximum number of management sessions reached). ' +
        'Storage volumes, the elastic IP address and the network ports are still allocated and may ' +
        'continue to be billed. Retry the deletion; the operation is idempotent.',
    ],
  ],
  reboot_failed_error: [
    [
      'CDC.4301',
      'The server did not come back online after the reboot required by the OS operation.',
    ],
    [
      'CDC.4303',
      'Reboot failed: the operating system did not report ready to the cloud agent within 1200 seconds.',
    ],
    [
      'CDC.4306',
      'The operating system was written to the system disk, but the reboot into it failed: the boot ' +
        "loader reported 'no bootable device' on RAID controller slot 1 (virtual drive 0 offline). " +
        'The previous operating system image was not restored. Check the RAID configuration in iBMC, ' +
        'then retry the operation; data on the system disk may have been overwritten.',
    ],
  ],
};

/**
 * A realistic `ErrorStatus` of the given type.
 * @example errorStatus(rng, 'power_on_error') → { error_code: 'CDC.4101', error_msg: 'Failed to power on…', error_type: 'power_on_error' }
 */
export function errorStatus(random: Random, type: PowerErrorType): ErrorStatus {
  const entries = CATALOG[type];
  const entry = entries[Math.floor(random() * entries.length)];
  if (entry === undefined) throw new RangeError(`no message for ${type}`);
  const [code, message] = entry;
  return { error_code: code, error_msg: message, error_type: type };
}
