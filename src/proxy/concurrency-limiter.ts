import { upstreamTimeout } from './proxy-error.ts';

interface Waiter {
  grant: () => void;
  timer: ReturnType<typeof setTimeout>;
}

/** A FIFO semaphore for upstream calls; waiting past the deadline is a 504. */
export class ConcurrencyLimiter {
  private active = 0;
  private readonly waiters: Waiter[] = [];

  constructor(readonly limit: number) {}

  get inUse(): number {
    return this.active;
  }

  get waiting(): number {
    return this.waiters.length;
  }

  /** Takes a slot at once when one is free and nobody waits (then call `release()` once). */
  tryAcquire(): boolean {
    if (this.active >= this.limit) return false;
    this.active += 1;
    return true;
  }

  /** Gives a slot taken with `tryAcquire` back (to the first waiter, if any). */
  release(): void {
    const next = this.waiters.shift();
    if (next) next.grant();
    else this.active -= 1;
  }

  /** Resolves with a release function once a slot is free. */
  acquire(waitMs: number): Promise<() => void> {
    if (this.tryAcquire()) return Promise.resolve(this.releaser());
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        grant: () => {
          clearTimeout(waiter.timer);
          resolve(this.releaser());
        },
        timer: setTimeout(
          () => {
            const index = this.waiters.indexOf(waiter);
            if (index !== -1) this.waiters.splice(index, 1);
            reject(upstreamTimeout());
          },
          Math.max(0, waitMs),
        ),
      };
      this.waiters.push(waiter);
    });
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.release();
    };
  }
}
