import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeadlineWatch } from './deadline-watch.ts';

/** An item that records when (on the fake clock) it was told to expire. */
function item(log: string[], name: string) {
  return { expire: () => log.push(`${name}@${Date.now()}`) };
}

describe('DeadlineWatch', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const watch = () => new DeadlineWatch(() => Date.now());

  it('expires each item once, at its own deadline, whatever order they came in', async () => {
    const log: string[] = [];
    const w = watch();
    w.add(item(log, 'late'), 300);
    w.add(item(log, 'early'), 100);
    w.add(item(log, 'middle'), 200);
    await vi.advanceTimersByTimeAsync(1000);
    expect(log).toEqual(['early@100', 'middle@200', 'late@300']);
    expect(w.size).toBe(0);
  });

  it('never expires an item deleted in time', async () => {
    const log: string[] = [];
    const w = watch();
    const done = item(log, 'done');
    w.add(done, 100);
    w.add(item(log, 'slow'), 150);
    await vi.advanceTimersByTimeAsync(50);
    w.delete(done);
    await vi.advanceTimersByTimeAsync(500);
    expect(log).toEqual(['slow@150']);
  });

  it('keeps working after it went idle', async () => {
    const log: string[] = [];
    const w = watch();
    w.add(item(log, 'a'), 10);
    await vi.advanceTimersByTimeAsync(100);
    w.add(item(log, 'b'), 10);
    await vi.advanceTimersByTimeAsync(100);
    expect(log).toEqual(['a@10', 'b@110']);
  });

  it('expires an item added by another one expiring', async () => {
    const log: string[] = [];
    const w = watch();
    w.add({ expire: () => w.add(item(log, 'next'), 50) }, 10);
    await vi.advanceTimersByTimeAsync(100);
    expect(log).toEqual(['next@60']);
  });
});
