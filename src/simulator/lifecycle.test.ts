import { describe, expect, it } from 'vitest';
import { isDocumentedTransition, STATE_TRANSITIONS } from '../domain/state-machine.ts';
import { createFleet } from './fleet.ts';
import { createLifecycle, MIN_DWELL_MS } from './lifecycle.ts';
import { deriveSeed } from './prng.ts';
import type { Segment } from './segment.ts';

const HOURS_48 = 48 * 3600_000;
const POWER_ERRORS = new Set(['power_off_error', 'power_on_error', 'reboot_failed_error']);

/** Every segment of the first 48 simulated hours of `count` instances. */
function lives(count: number): Segment[][] {
  return Array.from({ length: count }, (_, i) => {
    const lifecycle = createLifecycle(deriveSeed(11, i + 1));
    const segments = [lifecycle.first];
    let last = lifecycle.first;
    while (last.end < HOURS_48) segments.push((last = lifecycle.next(last)));
    return segments;
  });
}

const all = lives(3000);
const segments = all.flat();
const pairs = all.flatMap((life) => life.slice(1).map((s, i) => [life[i] as Segment, s] as const));
const describePair = ([a, b]: readonly [Segment, Segment]) =>
  `${a.state}/${a.operation} → ${b.state}/${b.operation}`;

describe('instance lifecycle', () => {
  it('moves only along edges of the spec diagram, and uses every one of them', () => {
    const spec = new Set(STATE_TRANSITIONS.filter((t) => t.source === 'spec'));
    const undocumented = pairs.filter(
      ([a, b]) =>
        !isDocumentedTransition(a.state, b.state) ||
        (a.state !== b.state && (b.via?.from !== a.state || b.via.to !== b.state)) ||
        (b.via !== undefined && !spec.has(b.via)),
    );
    expect(undocumented.map(describePair)).toEqual([]);
    const firsts = all.map((life) => life[0]?.via).filter((t) => t !== undefined);
    expect(new Set(firsts.map((t) => t.from))).toEqual(new Set(['start']));
    const used = new Set(segments.map((s) => s.via).filter((t) => t !== undefined));
    expect(used).toEqual(spec);
  });

  it('observes only documented changes when sampled through the fleet clock', () => {
    const fleet = createFleet({ seed: 5, instances: 60 });
    const last = new Map<string, string>();
    const seen: string[] = [];
    for (let t = 0; t < 12 * 3600_000; t += MIN_DWELL_MS / 3) {
      for (const id of fleet.instanceIds) {
        const state = fleet.segmentAt(id, t)?.state ?? 'missing';
        const before = last.get(id);
        if (before !== undefined && before !== state) seen.push(`${before}>${state}`);
        last.set(id, state);
      }
    }
    expect(seen.length).toBeGreaterThan(100);
    const undocumented = seen.filter((change) => {
      const [from, to] = change.split('>');
      return !isDocumentedTransition(from, to);
    });
    expect(undocumented).toEqual([]);
  });

  it('carries an ErrorStatus exactly when the state is error or an operation failed', () => {
    const wrong = segments.filter((s) => {
      const faulted = s.state === 'error' || s.operation?.endsWith('-failed') === true;
      if (!faulted) return s.error !== undefined;
      const { error_type = '', error_code = '', error_msg = '' } = s.error ?? {};
      return (
        !POWER_ERRORS.has(error_type) || !/^CDC\.\d{4}$/.test(error_code) || error_msg.length < 20
      );
    });
    expect(wrong).toEqual([]);
    expect(segments.some((s) => (s.error?.error_msg?.length ?? 0) > 300)).toBe(true);
  });

  it('installs while pending and reports the outcome after', () => {
    const pendingOps = new Set(
      segments.filter((s) => s.state === 'pending').map((s) => s.operation),
    );
    expect(pendingOps).toEqual(new Set(['install-processing']));
    const created = pairs.filter(([a, b]) => a.state === 'pending' && b.state === 'running');
    expect(new Set(created.map(([, b]) => b.operation))).toEqual(new Set(['install-succeed']));
    const failed = pairs.filter(([a, b]) => a.state === 'pending' && b.state === 'error');
    expect(new Set(failed.map(([, b]) => b.operation))).toEqual(new Set(['install-failed']));
  });

  it('runs OS and IP operations on stable instances to success or failure', () => {
    const seen = new Set(segments.map((s) => s.operation));
    const missing = ['reinstall', 'switch-install', 'modify-ip', 'uninstall']
      .flatMap((op) => [`${op}-processing`, `${op}-succeed`, `${op}-failed`])
      .filter((op) => !seen.has(op));
    expect(missing).toEqual([]);
    const busy = segments.filter(
      (s) => s.operation?.endsWith('-processing') && s.state !== 'pending',
    );
    expect(new Set(busy.map((s) => s.state))).toEqual(new Set(['running', 'stopped']));
  });

  it('stays terminated once terminated, and waits realistic times elsewhere', () => {
    const afterTerminated = pairs.filter(([a]) => a.state === 'terminated');
    expect(afterTerminated).toEqual([]);
    expect(segments.some((s) => s.state === 'terminated' && s.end === Infinity)).toBe(true);
    const shortest = pairs.reduce((min, [, b]) => Math.min(min, b.end - b.start), Infinity);
    expect(shortest).toBeGreaterThanOrEqual(MIN_DWELL_MS);
  });
});
