/** A state the product knows: the six of the spec and the three that other API versions add. */
export type KnownState =
  | 'pending'
  | 'running'
  | 'stopped'
  | 'shutting-down'
  | 'terminated'
  | 'error'
  | 'stopping'
  | 'reinstalling'
  | 'failed';

/** How a state behaves over time. */
export type StateClass = 'transitional' | 'stable' | 'final' | 'faulted' | 'unknown';

/** Everything the UI needs to show one raw `state` value. */
export interface StateInfo {
  raw: string | undefined;
  known: KnownState | null;
  stateClass: StateClass;
  label: string;
  description: string;
  documented: 'spec' | 'notes' | null;
}

type StateFacts = Pick<StateInfo, 'stateClass' | 'label' | 'description'> & {
  documented: 'spec' | 'notes';
};

const STATES: Record<KnownState, StateFacts> = {
  pending: {
    stateClass: 'transitional',
    label: 'Pending',
    description: 'Being started: resources are being allocated or the OS is being started.',
    documented: 'spec',
  },
  running: {
    stateClass: 'stable',
    label: 'Running',
    description: 'Running properly: can be connected through SSH or RDP.',
    documented: 'spec',
  },
  stopped: {
    stateClass: 'stable',
    label: 'Stopped',
    description: 'Completely stopped: storage volumes are retained.',
    documented: 'spec',
  },
  'shutting-down': {
    stateClass: 'transitional',
    label: 'Shutting down',
    description: 'Being terminated (being deleted).',
    documented: 'spec',
  },
  terminated: {
    stateClass: 'final',
    label: 'Terminated',
    description: 'Terminated: all resources deleted, cannot be restored.',
    documented: 'spec',
  },
  error: {
    stateClass: 'faulted',
    label: 'Error',
    description: 'Abnormal: resources are not completely deleted.',
    documented: 'spec',
  },
  stopping: {
    stateClass: 'transitional',
    label: 'Stopping',
    description: 'Being stopped.',
    documented: 'notes',
  },
  reinstalling: {
    stateClass: 'transitional',
    label: 'Reinstalling',
    description: 'The OS is being reinstalled.',
    documented: 'notes',
  },
  failed: {
    stateClass: 'faulted',
    label: 'Failed',
    description: 'Failed; a reinstall may be retried.',
    documented: 'notes',
  },
};

// Spellings seen in the diagram and in one SDK version.
const SYNONYMS: Record<string, KnownState> = {
  shutting_down: 'shutting-down',
  teminated: 'terminated',
};

function isKnownState(value: string): value is KnownState {
  return Object.hasOwn(STATES, value);
}

function toKnownState(raw: string): KnownState | null {
  const key = raw.trim().toLowerCase();
  if (isKnownState(key)) return key;
  return Object.hasOwn(SYNONYMS, key) ? (SYNONYMS[key] ?? null) : null;
}

/**
 * Classifies a raw `state`; unknown values keep their raw text as label.
 * @example describeState('shutting_down').known → 'shutting-down'; describeState('hibernating').label → 'hibernating'
 */
export function describeState(raw: string | undefined): StateInfo {
  if (raw === undefined) {
    return {
      raw,
      known: null,
      stateClass: 'unknown',
      label: 'No state reported',
      description: 'The response carried no state.',
      documented: null,
    };
  }
  const known = toKnownState(raw);
  if (known === null) {
    return {
      raw,
      known: null,
      stateClass: 'unknown',
      label: raw.trim() === '' ? '(empty)' : raw,
      description: 'A state this dashboard does not know, shown as it came.',
      documented: null,
    };
  }
  return { raw, known, ...STATES[known] };
}
