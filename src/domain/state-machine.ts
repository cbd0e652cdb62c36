import { describeState, type KnownState } from './instance-state.ts';

/** One documented edge of the instance state machine. */
export interface Transition {
  from: KnownState | 'start';
  to: KnownState;
  trigger: string;
  source: 'spec' | 'notes';
}

function edge(
  from: Transition['from'],
  to: KnownState,
  trigger: string,
  source: Transition['source'],
): Transition {
  return { from, to, trigger, source };
}

/**
 * The spec diagram (`shutting_down` read as `shutting-down`) plus the edges NOTES.md adds.
 * NOTES.md names no triggers, so its edges carry plain descriptions instead of API names.
 */
export const STATE_TRANSITIONS: readonly Transition[] = Object.freeze([
  edge('start', 'pending', 'CreateInstance', 'spec'),
  edge('pending', 'running', 'CreateInstance Succeed', 'spec'),
  edge('pending', 'shutting-down', 'DeleteInstance', 'spec'),
  edge('running', 'stopped', 'PowerOff/PowerReboot', 'spec'),
  edge('stopped', 'running', 'PowerOn/Provision Succeed', 'spec'),
  edge('stopped', 'stopped', 'ChangePassword', 'spec'),
  edge('pending', 'error', 'CreateInstance Failed', 'spec'),
  edge('stopped', 'error', 'Provision Failed', 'spec'),
  edge('error', 'running', 'Retry Provision Succeed', 'spec'),
  edge('stopped', 'shutting-down', 'DeleteInstance', 'spec'),
  edge('error', 'shutting-down', 'Retry DeleteInstance', 'spec'),
  edge('shutting-down', 'error', 'DeleteInstance Failed', 'spec'),
  edge('shutting-down', 'terminated', 'DeleteInstance Succeed', 'spec'),
  edge('running', 'stopping', 'Stop', 'notes'),
  edge('stopping', 'stopped', 'Stop completed', 'notes'),
  edge('stopped', 'reinstalling', 'Reinstall', 'notes'),
  edge('reinstalling', 'running', 'Reinstall completed', 'notes'),
  edge('pending', 'failed', 'Failed', 'notes'),
  edge('shutting-down', 'failed', 'Failed', 'notes'),
  edge('reinstalling', 'failed', 'Reinstall failed', 'notes'),
  edge('failed', 'reinstalling', 'Retry reinstall', 'notes'),
]);

/**
 * The documented edges leaving a state.
 * @example nextTransitions('shutting-down').map((t) => t.to) → ['error', 'terminated', 'failed']
 */
export function nextTransitions(from: KnownState): Transition[] {
  return STATE_TRANSITIONS.filter((t) => t.from === from);
}

/**
 * Whether an observed change of raw states is one documented edge (synonyms applied; no change is true;
 * `from` undefined means "before creation", so only `pending` follows it).
 * @example isDocumentedTransition('running', 'stopped') → true; isDocumentedTransition('running', 'terminated') → false
 */
export function isDocumentedTransition(from: string | undefined, to: string | undefined): boolean {
  const before = describeState(from);
  const after = describeState(to);
  if (before.known !== null && before.known === after.known) return true;
  if (before.known === null && after.known === null) {
    return from?.trim().toLowerCase() === to?.trim().toLowerCase();
  }
  if (after.known === null) return false;
  const origin = from === undefined ? 'start' : before.known;
  if (origin === null) return false;
  return STATE_TRANSITIONS.some((t) => t.from === origin && t.to === after.known);
}
