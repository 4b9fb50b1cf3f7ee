import { EcokgError, ErrorCode } from '../errors/error-codes.ts';

/** The error of a query whose request was cancelled because its client went away. */
export function requestCancelled(): EcokgError {
  return new EcokgError(ErrorCode.CLIENT_CLOSED_REQUEST, 'The client closed the request; its queries were cancelled.');
}

/** How a wait for a slot ended: given a slot, refused because the wait list was full, timed out, or cancelled. */
export type WaitOutcome = 'granted' | 'full' | 'timeout' | 'cancelled';

/** Told of every wait for a slot, for the service's metrics. */
export type WaitObserver = (outcome: WaitOutcome, waitedMs: number) => void;

/**
 * Bounds how many transactions run at once, how many wait, and for how long, so a slow database makes
 * requests fail fast with SERVICE_UNAVAILABLE instead of piling up in memory behind the driver's
 * unbounded wait list.
 */
export class ConcurrencyLimiter {
  readonly #maxRunning: number;
  readonly #maxQueued: number;
  readonly #maxWaitMs: number;
  readonly #observe: WaitObserver;
  #running = 0;
  readonly #waiting: Array<() => void> = [];

  constructor(options: { maxRunning: number; maxQueued: number; maxWaitMs: number; observe?: WaitObserver }) {
    this.#maxRunning = options.maxRunning;
    this.#maxQueued = options.maxQueued;
    this.#maxWaitMs = options.maxWaitMs;
    this.#observe = options.observe ?? (() => {});
  }

  /**
   * Runs `task` when a slot is free; refuses at once when the wait list is full, or after waiting too long.
   * An aborted `signal` takes a waiting task off the list (the task never runs).
   */
  async run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) throw requestCancelled();
    if (this.#running < this.#maxRunning) {
      this.#running += 1;
      this.#observe('granted', 0);
    } else await this.#waitForSlot(signal);
    try {
      return await task();
    } finally {
      const next = this.#waiting.shift();
      // The slot passes straight to the next waiter, so `running` only drops when nobody waits.
      if (next) next();
      else this.#running -= 1;
    }
  }

  /** Queries running and waiting now. */
  get load(): { running: number; waiting: number } {
    return { running: this.#running, waiting: this.#waiting.length };
  }

  #waitForSlot(signal: AbortSignal | undefined): Promise<void> {
    if (this.#waiting.length >= this.#maxQueued) {
      this.#observe('full', 0);
      return Promise.reject(this.#busy(`${this.#running} queries are running and ${this.#waiting.length} waiting`));
    }
    const started = performance.now();
    return new Promise<void>((resolve, reject) => {
      const leave = (outcome: WaitOutcome, error: Error) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', cancel);
        this.#waiting.splice(this.#waiting.indexOf(grant), 1);
        this.#observe(outcome, performance.now() - started);
        reject(error);
      };
      const grant = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', cancel);
        this.#observe('granted', performance.now() - started);
        resolve();
      };
      const cancel = () => leave('cancelled', requestCancelled());
      const timer = setTimeout(() => leave('timeout', this.#busy(`no query slot came free within ${this.#maxWaitMs} ms`)), this.#maxWaitMs);
      signal?.addEventListener('abort', cancel, { once: true });
      this.#waiting.push(grant);
    });
  }

  #busy(detail: string): EcokgError {
    return new EcokgError(ErrorCode.SERVICE_UNAVAILABLE, `The database is busy (${detail}); try again shortly.`);
  }
}
