/** Something with a deadline: told once when the deadline passes before it was unwatched. */
export interface Expirable {
  expire(): void;
}

/**
 * One timer for many deadlines: calls `expire()` on every watched item whose time is up.
 * Times are real (monotonic) milliseconds from now, so an injected test clock never stops it.
 * Watching and unwatching are O(1); the timer is re-armed only when it fires or an earlier
 * deadline arrives, instead of a timer (and an AbortController) per upstream call.
 * @example const watch = new DeadlineWatch(); watch.add(call, 10_000); … watch.delete(call);
 */
export class DeadlineWatch {
  private readonly items = new Map<Expirable, number>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private armedAt = Infinity;

  constructor(private readonly clock: () => number = () => performance.now()) {}

  get size(): number {
    return this.items.size;
  }

  /** Watches `item` until `delete`, expiring it `inMs` milliseconds from now. */
  add(item: Expirable, inMs: number): void {
    const at = this.clock() + Math.max(0, inMs);
    this.items.set(item, at);
    if (at < this.armedAt) this.arm(at);
  }

  delete(item: Expirable): void {
    // The timer stays armed: when it fires with nothing due it re-arms for the next deadline or stops.
    this.items.delete(item);
  }

  private arm(at: number): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.armedAt = at;
    this.timer = setTimeout(this.check, Math.max(0, Math.ceil(at - this.clock())));
    // The sockets of the calls keep the process alive; this timer alone must not.
    this.timer.unref();
  }

  private readonly check = (): void => {
    this.timer = null;
    this.armedAt = Infinity;
    const now = this.clock();
    let next = Infinity;
    for (const [item, at] of this.items) {
      if (at <= now) {
        this.items.delete(item);
        item.expire();
      } else if (at < next) {
        next = at;
      }
    }
    if (next < this.armedAt) this.arm(next);
  };
}
