import type { KnownState } from '../domain/instance-state.ts';
import type { Operation } from '../domain/operation-state.ts';
import { errorStatus } from './error-catalog.ts';
import { pickWeighted, type Random } from './prng.ts';
import { specEdge, splitOperation, type Segment, type SegmentDraft } from './segment.ts';

type Choice = readonly [() => SegmentDraft, number];

/** Keeps the state; the body changes only by `patch`. */
function stay(segment: Segment, patch: Partial<SegmentDraft>): SegmentDraft {
  const { state, operation, error, cause } = segment;
  return { state, operation, error, cause, ...patch };
}

/** A move along a documented edge; an undocumented one gets no weight, so it never happens. */
function move(
  segment: Segment,
  to: KnownState,
  weight: number,
  patch: () => Partial<SegmentDraft> = () => ({}),
): Choice {
  const via = specEdge(segment.state, to);
  const draft = (): SegmentDraft => ({ ...stay(segment, patch()), state: to, via });
  return [draft, via === undefined ? 0 : weight];
}

function startOperation(segment: Segment, name: Operation, weight: number): Choice {
  const draft = () =>
    stay(segment, { operation: `${name}-processing`, error: undefined, cause: undefined });
  return [draft, weight];
}

const CLEAN = { operation: undefined, error: undefined, cause: undefined } as const;

function finishOperation(segment: Segment, name: Operation, random: Random, doomed: boolean) {
  const succeed = { operation: `${name}-succeed`, error: undefined, cause: undefined };
  const failed = `${name}-failed`;
  if (name === 'install' && segment.state === 'pending') {
    return [
      move(segment, 'running', 0.86, () => succeed),
      move(segment, 'error', 0.1, () => ({
        operation: failed,
        error: errorStatus(random, 'power_on_error'),
        cause: 'create',
      })),
      move(segment, 'shutting-down', doomed ? 0.15 : 0, () => CLEAN),
    ];
  }
  const failInPlace: Choice = [
    () =>
      stay(segment, {
        operation: failed,
        error: errorStatus(random, 'reboot_failed_error'),
        cause: 'operation',
      }),
    0.06,
  ];
  if ((name === 'reinstall' || name === 'switch-install') && segment.state === 'stopped') {
    return [
      move(segment, 'running', 0.8, () => succeed),
      move(segment, 'error', 0.12, () => ({
        operation: failed,
        error: errorStatus(random, random() < 0.5 ? 'power_on_error' : 'reboot_failed_error'),
        cause: 'provision',
      })),
      failInPlace,
    ];
  }
  return [[() => stay(segment, succeed), 0.9] as const, failInPlace];
}

/**
 * What an instance does next, along the spec's documented edges only.
 * Operations run on a steady state and finish in place or through the edge they imply
 * (a reinstall ends with "Provision Succeed" or "Provision Failed").
 */
export function nextDraft(segment: Segment, random: Random, doomed: boolean): SegmentDraft {
  const current = splitOperation(segment.operation);
  const retry = (name: Operation) =>
    current?.phase === 'failed' && current.name === name ? 0.8 : 0;
  let choices: readonly Choice[];
  if (current?.phase === 'processing') {
    choices = finishOperation(segment, current.name, random, doomed);
  } else if (segment.state === 'running') {
    choices = [
      move(segment, 'stopped', 0.8),
      startOperation(segment, 'modify-ip', 0.2 + retry('modify-ip')),
    ];
  } else if (segment.state === 'stopped') {
    choices = [
      move(segment, 'running', 0.45),
      move(segment, 'stopped', 0.08),
      move(segment, 'shutting-down', doomed ? 0.04 : 0, () => CLEAN),
      startOperation(segment, 'reinstall', 0.14 + retry('reinstall')),
      startOperation(segment, 'switch-install', 0.07 + retry('switch-install')),
      startOperation(segment, 'uninstall', 0.03 + retry('uninstall')),
      startOperation(segment, 'modify-ip', 0.08 + retry('modify-ip')),
    ];
  } else if (segment.state === 'error') {
    const deleting = segment.cause === 'delete';
    const recovered = current?.phase === 'failed' ? `${current.name}-succeed` : segment.operation;
    choices = [
      move(segment, 'running', deleting ? 0 : 1, () => ({ ...CLEAN, operation: recovered })),
      move(segment, 'shutting-down', deleting ? 1 : doomed ? 0.5 : 0, () => CLEAN),
    ];
  } else if (segment.state === 'shutting-down') {
    choices = [
      move(segment, 'terminated', 0.85, () => CLEAN),
      move(segment, 'error', 0.15, () => ({
        ...CLEAN,
        error: errorStatus(random, 'power_off_error'),
        cause: 'delete',
      })),
    ];
  } else {
    choices = [[() => stay(segment, {}), 1]];
  }
  return pickWeighted(random, choices)();
}
