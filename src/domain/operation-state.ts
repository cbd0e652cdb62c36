/** An OS or IP operation named by `operation_state`. */
export type Operation = 'install' | 'reinstall' | 'switch-install' | 'modify-ip' | 'uninstall';

/** Where an operation stands. */
export type OperationPhase = 'processing' | 'succeeded' | 'failed';

/** A parsed `operation_state`; parts the dashboard does not know stay null and show the raw text. */
export interface OperationInfo {
  raw: string;
  operation: Operation | null;
  phase: OperationPhase | null;
  label: string;
  outcome: string;
}

const OPERATION_LABELS: Record<Operation, string> = {
  install: 'Installing OS',
  reinstall: 'Reinstalling OS',
  'switch-install': 'Changing OS',
  'modify-ip': 'Changing IP address',
  uninstall: 'Uninstalling OS',
};

const PHASES: Record<string, OperationPhase> = {
  processing: 'processing',
  succeed: 'succeeded',
  succeeded: 'succeeded',
  failed: 'failed',
};

const OUTCOMES: Record<OperationPhase, string> = {
  processing: 'in progress',
  succeeded: 'succeeded',
  failed: 'failed',
};

function isOperation(value: string): value is Operation {
  return Object.hasOwn(OPERATION_LABELS, value);
}

/**
 * Splits `<operation>-<phase>` at the last dash, so `switch-install-*` is never read as `install`.
 * @example parseOperationState('switch-install-failed') → { operation: 'switch-install', phase: 'failed', label: 'Changing OS', outcome: 'failed', … }
 */
export function parseOperationState(raw: string | undefined): OperationInfo | null {
  if (raw === undefined || raw.trim() === '') return null;
  const normalized = raw.trim().toLowerCase();
  const dash = normalized.lastIndexOf('-');
  const head = dash > 0 ? normalized.slice(0, dash) : normalized;
  const tail = dash > 0 ? normalized.slice(dash + 1) : '';
  const phase = Object.hasOwn(PHASES, tail) ? (PHASES[tail] ?? null) : null;
  const operation = phase !== null && isOperation(head) ? head : null;
  return {
    raw,
    operation,
    phase,
    label: operation === null ? raw : OPERATION_LABELS[operation],
    outcome: phase === null ? raw : OUTCOMES[phase],
  };
}
