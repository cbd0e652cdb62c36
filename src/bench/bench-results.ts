import type { BenchOptions, BenchSection } from './bench-options.ts';
import { tally, type Figure } from './figures.ts';

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  /** 1, 5 and 15 minute load averages when the bench started: other work on the machine shows here. */
  loadAverageAtStart: number[];
  node: string;
  platform: string;
}

/** The shape of dist/bench/results.json. */
export interface BenchResults {
  schema: 'dcwatch-bench/1';
  startedAt: string;
  finishedAt: string;
  machine: MachineInfo;
  options: BenchOptions;
  notes: string[];
  figures: Figure[];
  summary: { passed: number; failed: number; unjudged: number };
  /** Raw measurements and settings per section. */
  details: Partial<Record<BenchSection, unknown>>;
}

export interface ResultsInput {
  startedAt: Date;
  finishedAt: Date;
  machine: MachineInfo;
  options: BenchOptions;
  notes: readonly string[];
  figures: readonly Figure[];
  details: Partial<Record<BenchSection, unknown>>;
}

/** Assembles results.json's content; figures keep the order they were measured in. */
export function buildResults(input: ResultsInput): BenchResults {
  return {
    schema: 'dcwatch-bench/1',
    startedAt: input.startedAt.toISOString(),
    finishedAt: input.finishedAt.toISOString(),
    machine: input.machine,
    options: input.options,
    notes: [...input.notes],
    figures: [...input.figures],
    summary: tally(input.figures),
    details: input.details,
  };
}
