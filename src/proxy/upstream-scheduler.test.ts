import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UpstreamScheduler } from './upstream-scheduler.ts';

const options = { ratePerSec: 10, burst: 2, queueLimit: 3, concurrency: 64 };

/** A task that records when it started and resolves with its label. */
function recorder() {
  const started: string[] = [];
  const task = (label: string) => () => {
    started.push(label);
    return Promise.resolve(label);
  };
  return { started, task };
}

describe('UpstreamScheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lets the burst through at once and queues the rest at the rate', async () => {
    const scheduler = new UpstreamScheduler(options);
    const { started, task } = recorder();
    const deadline = Date.now() + 10_000;
    const runs = ['a', 'b', 'c', 'd'].map((l) => scheduler.run('tok', deadline, task(l)));
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toEqual(['a', 'b']);
    await vi.advanceTimersByTimeAsync(100);
    expect(started).toEqual(['a', 'b', 'c']);
    await vi.advanceTimersByTimeAsync(100);
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    await expect(Promise.all(runs)).resolves.toEqual(['a', 'b', 'c', 'd']);
  });

  it('answers 429 DCW.BUDGET_EXCEEDED with a retry time once the queue is full', async () => {
    const scheduler = new UpstreamScheduler(options);
    const { task } = recorder();
    const deadline = Date.now() + 10_000;
    const admitted = Array.from({ length: 5 }, (_, i) =>
      scheduler.run('tok', deadline, task(`${i}`)),
    );
    await expect(scheduler.run('tok', deadline, task('x'))).rejects.toMatchObject({
      status: 429,
      code: 'DCW.BUDGET_EXCEEDED',
      retryAfterMs: 1000,
    });
    await vi.advanceTimersByTimeAsync(1000);
    await expect(Promise.all(admitted)).resolves.toHaveLength(5);
  });

  it('keeps one token budget apart from another', async () => {
    const scheduler = new UpstreamScheduler({ ...options, queueLimit: 0 });
    const { started, task } = recorder();
    const deadline = Date.now() + 10_000;
    await scheduler.run('one', deadline, task('1a'));
    await scheduler.run('one', deadline, task('1b'));
    await expect(scheduler.run('one', deadline, task('1c'))).rejects.toMatchObject({ status: 429 });
    await expect(scheduler.run('two', deadline, task('2a'))).resolves.toBe('2a');
    expect(started).toEqual(['1a', '1b', '2a']);
  });

  it('holds every request of a paused token until the pause ends', async () => {
    const scheduler = new UpstreamScheduler(options);
    const { started, task } = recorder();
    scheduler.pause('tok', 3000);
    const run = scheduler.run('tok', Date.now() + 10_000, task('later'));
    const other = scheduler.run('other', Date.now() + 10_000, task('other'));
    await vi.advanceTimersByTimeAsync(2999);
    expect(started).toEqual(['other']);
    await vi.advanceTimersByTimeAsync(1);
    await expect(run).resolves.toBe('later');
    await expect(other).resolves.toBe('other');
  });

  it('answers 429 with the remaining pause when it outlasts the deadline', async () => {
    const scheduler = new UpstreamScheduler(options);
    const { started, task } = recorder();
    scheduler.pause('tok', 30_000);
    await vi.advanceTimersByTimeAsync(5000);
    await expect(scheduler.run('tok', Date.now() + 10_000, task('x'))).rejects.toMatchObject({
      status: 429,
      code: 'DCW.THROTTLED',
      retryAfterMs: 25_000,
    });
    expect(started).toEqual([]);
    expect(scheduler.pausedFor('tok')).toBe(25_000);
  });

  it('limits concurrent calls and times out a wait past the deadline with 504', async () => {
    const scheduler = new UpstreamScheduler({ ...options, burst: 10, concurrency: 1 });
    let finish = () => {};
    const slow = scheduler.run(
      'tok',
      Date.now() + 10_000,
      () => new Promise<string>((r) => (finish = () => r('slow'))),
    );
    const queued = scheduler.run('tok', Date.now() + 10_000, () => Promise.resolve('queued'));
    const late = scheduler.run('tok', Date.now() + 500, () => Promise.resolve('late'));
    const lateResult = expect(late).rejects.toMatchObject({
      status: 504,
      code: 'DCW.UPSTREAM_TIMEOUT',
    });
    await vi.advanceTimersByTimeAsync(600);
    await lateResult;
    finish();
    await expect(slow).resolves.toBe('slow');
    await expect(queued).resolves.toBe('queued');
  });

  it('starts a task at once when nothing has to wait', () => {
    const scheduler = new UpstreamScheduler(options);
    const { started, task } = recorder();
    void scheduler.run('tok', Date.now() + 10_000, task('now'));
    expect(started).toEqual(['now']);
  });

  it('gives the slot back when a task fails or throws, so later calls still run', async () => {
    const scheduler = new UpstreamScheduler({ ...options, burst: 10, concurrency: 1 });
    const deadline = Date.now() + 10_000;
    await expect(
      scheduler.run('tok', deadline, () => Promise.reject(new Error('failed'))),
    ).rejects.toThrow('failed');
    await expect(
      scheduler.run('tok', deadline, () => {
        throw new Error('thrown');
      }),
    ).rejects.toThrow('thrown');
    await expect(scheduler.run('tok', deadline, () => Promise.resolve('after'))).resolves.toBe(
      'after',
    );
  });

  it('answers a call already past its deadline with 504 without running it', async () => {
    const scheduler = new UpstreamScheduler(options);
    const { started, task } = recorder();
    await expect(scheduler.run('tok', Date.now() - 1, task('x'))).rejects.toMatchObject({
      status: 504,
      code: 'DCW.UPSTREAM_TIMEOUT',
    });
    expect(started).toEqual([]);
  });
});
