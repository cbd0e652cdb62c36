import type { BenchSection } from './bench-options.ts';

export type Comparison = '<' | '<=' | '>=' | '>';

/** What a figure must reach to pass. */
export interface Target {
  op: Comparison;
  value: number;
}

/** One measured number: a row of the printed table and of results.json. */
export interface Figure {
  section: BenchSection;
  name: string;
  /** null = not measured (skipped or failed); `note` says why. */
  value: number | null;
  unit: string;
  target: Target | null;
  /** null = nothing to judge: no target, or no value. */
  pass: boolean | null;
  note?: string;
}

/**
 * Whether `value` meets `target`; null when there is no value or no target.
 * @example judge(0.9, { op: '<=', value: 1.05 }) → true
 */
export function judge(value: number | null, target: Target | null): boolean | null {
  if (value === null || target === null || !Number.isFinite(value)) return null;
  switch (target.op) {
    case '<':
      return value < target.value;
    case '<=':
      return value <= target.value;
    case '>=':
      return value >= target.value;
    case '>':
      return value > target.value;
  }
}

/** Builds a figure and judges it against its target. */
export function figure(
  section: BenchSection,
  name: string,
  value: number | null | undefined,
  unit: string,
  target: Target | null = null,
  note?: string,
): Figure {
  const v = value ?? null;
  return {
    section,
    name,
    value: v,
    unit,
    target,
    pass: judge(v, target),
    ...(note === undefined ? {} : { note }),
  };
}

/** Counts of passed, failed and unjudged figures. */
export function tally(figures: readonly Figure[]): {
  passed: number;
  failed: number;
  unjudged: number;
} {
  return {
    passed: figures.filter((f) => f.pass === true).length,
    failed: figures.filter((f) => f.pass === false).length,
    unjudged: figures.filter((f) => f.pass === null).length,
  };
}
