import { describe, expect, it } from 'vitest';
import { breakdownFirstLoad } from './first-load.ts';

describe('breakdownFirstLoad', () => {
  it('takes the batches and long tasks of the load only', () => {
    const batches = [
      { start: 50, end: 90 },
      { start: 110, end: 400 },
      { start: 120, end: 650 },
      { start: 2000, end: 2100 },
    ];
    const tasks = [
      { start: 20, duration: 70 },
      { start: 660, duration: 120 },
      { start: 800, duration: 60 },
    ];
    expect(breakdownFirstLoad(batches, tasks, 100, 900)).toEqual({
      batches: 2,
      lastBatchAnswerMs: 550,
      longTasks: 2,
      longTaskTotalMs: 180,
      longestTaskMs: 120,
    });
  });

  it('says so when no batch was sent', () => {
    expect(breakdownFirstLoad([], [], 0, 100)).toMatchObject({
      batches: 0,
      lastBatchAnswerMs: null,
      longestTaskMs: 0,
    });
  });
});
