import { ConcurrencyLimiter } from './concurrency-limiter.ts';
import { ProxyError, retryAfterSeconds, upstreamTimeout } from './proxy-error.ts';
import { TokenBucket } from './token-bucket.ts';

export interface SchedulerOptions {
  ratePerSec: number;
  burst: number;
  /** Requests that may wait for one token's budget before new ones get 429. */
  queueLimit: number;
  concurrency: number;
  now?: () => number;
}

interface TokenState {
  bucket: TokenBucket;
  pausedUntil: number;
}

const MAX_TRACKED_TOKENS = 10_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const budgetExceeded = (retryAfterMs: number) =>
  new ProxyError(
    429,
    'DCW.BUDGET_EXCEEDED',
    `Too many upstream requests for this token; retry after ${retryAfterSeconds(retryAfterMs)} s.`,
    retryAfterMs,
  );

/**
 * Decides when an upstream call may start: a per-token budget (token bucket with a bounded
 * queue), a pause per token after an upstream 429, and a global concurrency limit.
 * Keys are token identities (hashes), never tokens.
 */
export class UpstreamScheduler {
  private readonly tokens = new Map<string, TokenState>();
  private readonly limiter: ConcurrencyLimiter;
  private readonly now: () => number;

  constructor(private readonly options: SchedulerOptions) {
    this.limiter = new ConcurrencyLimiter(options.concurrency);
    this.now = options.now ?? Date.now;
  }

  /**
   * Runs `task` once budget, pause and concurrency allow, or rejects with a ProxyError (429/504).
   * When nothing has to wait (not paused, budget left, a free slot) the task starts at once.
   */
  run<T>(tokenKey: string, deadlineAt: number, task: () => Promise<T>): Promise<T> {
    const state = this.stateFor(tokenKey);
    const now = this.now();
    if (state.pausedUntil > now || now > deadlineAt) return this.runQueued(state, deadlineAt, task);
    const reservation = state.bucket.reserve(now, this.options.queueLimit, deadlineAt - now);
    if (!reservation.ok) return Promise.reject(budgetExceeded(reservation.retryAfterMs));
    if (reservation.waitMs > 0 || !this.limiter.tryAcquire()) {
      return this.runReserved(state, deadlineAt, reservation.waitMs, task);
    }
    const release = () => this.limiter.release();
    let running: Promise<T>;
    try {
      running = task();
    } catch (error) {
      release();
      return Promise.reject(error);
    }
    return running.then(
      (value) => {
        release();
        return value;
      },
      (error: unknown) => {
        release();
        throw error;
      },
    );
  }

  /** The general case: waits out a pause, reserves budget, then waits for it and for a slot. */
  private async runQueued<T>(
    state: TokenState,
    deadlineAt: number,
    task: () => Promise<T>,
  ): Promise<T> {
    await this.waitOutPause(state, deadlineAt);
    const reservation = state.bucket.reserve(
      this.now(),
      this.options.queueLimit,
      deadlineAt - this.now(),
    );
    if (!reservation.ok) throw budgetExceeded(reservation.retryAfterMs);
    return this.runReserved(state, deadlineAt, reservation.waitMs, task);
  }

  /** After a reservation: waits `waitMs` for the budget, out any new pause, then for a slot. */
  private async runReserved<T>(
    state: TokenState,
    deadlineAt: number,
    waitMs: number,
    task: () => Promise<T>,
  ): Promise<T> {
    if (waitMs > 0) await sleep(waitMs);
    await this.waitOutPause(state, deadlineAt);
    const release = await this.limiter.acquire(deadlineAt - this.now());
    try {
      return await task();
    } finally {
      release();
    }
  }

  /** After an upstream 429: every request of this token waits `ms` (the longest pause wins). */
  pause(tokenKey: string, ms: number): void {
    const state = this.stateFor(tokenKey);
    state.pausedUntil = Math.max(state.pausedUntil, this.now() + ms);
  }

  /** Milliseconds this token is still paused for (0 when not paused). */
  pausedFor(tokenKey: string): number {
    const state = this.tokens.get(tokenKey);
    return state ? Math.max(0, state.pausedUntil - this.now()) : 0;
  }

  get trackedTokens(): number {
    return this.tokens.size;
  }

  private async waitOutPause(state: TokenState, deadlineAt: number): Promise<void> {
    for (let now = this.now(); state.pausedUntil > now; now = this.now()) {
      if (state.pausedUntil > deadlineAt) {
        const remaining = state.pausedUntil - now;
        throw new ProxyError(
          429,
          'DCW.THROTTLED',
          `The upstream asked to slow down; retry after ${retryAfterSeconds(remaining)} s.`,
          remaining,
        );
      }
      await sleep(state.pausedUntil - now);
    }
    if (this.now() > deadlineAt) throw upstreamTimeout();
  }

  private stateFor(tokenKey: string): TokenState {
    let state = this.tokens.get(tokenKey);
    if (!state) {
      if (this.tokens.size >= MAX_TRACKED_TOKENS) this.sweep();
      state = {
        bucket: new TokenBucket(this.options.ratePerSec, this.options.burst, this.now()),
        pausedUntil: 0,
      };
      this.tokens.set(tokenKey, state);
    }
    return state;
  }

  /** Forgets tokens whose bucket is full again and that are not paused: they behave like new ones. */
  private sweep(): void {
    const now = this.now();
    for (const [key, state] of this.tokens) {
      if (state.pausedUntil <= now && state.bucket.isFull(now)) this.tokens.delete(key);
    }
    const oldest = this.tokens.keys().next();
    if (this.tokens.size >= MAX_TRACKED_TOKENS && !oldest.done) this.tokens.delete(oldest.value);
  }
}
