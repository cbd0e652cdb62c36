import type { KnownState } from '../domain/instance-state.ts';
import type { Transition } from '../domain/state-machine.ts';

export const VIEW = { width: 700, height: 276 } as const;
export const BOX = { width: 116, height: 32 } as const;
export const START = { x: 22, y: 40, r: 7 } as const;

/** Centres of the boxes. Spec states always show; the notes states only when they are the current state. */
export const POSITIONS: Record<KnownState, { x: number; y: number }> = {
  pending: { x: 118, y: 40 },
  running: { x: 358, y: 40 },
  stopped: { x: 592, y: 40 },
  'shutting-down': { x: 118, y: 144 },
  error: { x: 358, y: 144 },
  terminated: { x: 118, y: 238 },
  stopping: { x: 592, y: 144 },
  failed: { x: 358, y: 238 },
  reinstalling: { x: 592, y: 238 },
};

export interface EdgeLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** How far along (dx, dy) from a box centre the box border lies. */
function toBorder(dx: number, dy: number): number {
  const tx = dx === 0 ? Infinity : BOX.width / 2 / Math.abs(dx);
  const ty = dy === 0 ? Infinity : BOX.height / 2 / Math.abs(dy);
  return Math.min(tx, ty);
}

/** A straight arrow between two boxes (or from the start dot), clipped to their borders. */
export function edgeLine(t: Transition, bidirectional: boolean): EdgeLine {
  const a = t.from === 'start' ? START : POSITIONS[t.from];
  const b = POSITIONS[t.to];
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy);
  const startAt = t.from === 'start' ? (START.r + 2) / length : toBorder(dx, dy);
  const endAt = toBorder(dx, dy) + 3 / length;
  // Two opposite arrows between the same boxes sit side by side instead of on top of each other.
  const shift = bidirectional ? 6 : 0;
  const nx = (-dy / length) * shift;
  const ny = (dx / length) * shift;
  return {
    x1: a.x + dx * startAt + nx,
    y1: a.y + dy * startAt + ny,
    x2: b.x - dx * endAt + nx,
    y2: b.y - dy * endAt + ny,
  };
}

/** A loop above a box, for transitions that stay in the same state. */
export function selfLoopPath(state: KnownState): string {
  const { x, y } = POSITIONS[state];
  const top = y - BOX.height / 2;
  return `M ${x - 18} ${top} C ${x - 26} ${top - 26}, ${x + 26} ${top - 26}, ${x + 20} ${top - 3}`;
}
