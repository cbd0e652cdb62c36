/** How the UI names an `error.error_type`. */
export interface ErrorTypeInfo {
  raw: string | undefined;
  known: boolean;
  label: string;
}

// The spec lists the power errors; the SDK (NOTES.md) lists the other six.
const ERROR_TYPE_LABELS: Record<string, string> = {
  power_off_error: 'Power-off failed',
  power_on_error: 'Power-on failed',
  reboot_failed_error: 'Reboot failed',
  create_instance_error: 'Instance creation failed',
  delete_instance_error: 'Instance deletion failed',
  reinstall_error: 'OS reinstallation failed',
  modify_ip_error: 'IP address change failed',
  verify_server_error: 'Server verification failed',
  delete_server_error: 'Server deletion failed',
};

/**
 * Names an error type; unknown types keep their raw text as label.
 * @example describeErrorType('power_on_error').label → 'Power-on failed'
 */
export function describeErrorType(raw: string | undefined): ErrorTypeInfo {
  if (raw === undefined || raw.trim() === '') {
    return { raw, known: false, label: 'Unspecified error' };
  }
  const key = raw.trim().toLowerCase();
  const label = Object.hasOwn(ERROR_TYPE_LABELS, key) ? ERROR_TYPE_LABELS[key] : undefined;
  return label === undefined ? { raw, known: false, label: raw } : { raw, known: true, label };
}
