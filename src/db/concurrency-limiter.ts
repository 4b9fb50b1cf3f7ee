import { EcokgError, ErrorCode } from '../errors/error-codes.ts';

/**
 * Bounds how many transactions run at once, how many wait, and for how long, so a slow database makes
 * requests fail fast with SERVICE_UNAVAILABLE instead of piling up in memory behind the driver's
 * unbounded wait list.
 */
export class ConcurrencyLimiter {
  readonly #maxRunning: number;
  readonly #maxQueued: number;
  readonly #maxWaitMs: number;
  #running = 0;
  readonly #waiting: Array<() => void> = [];

  constructor(options: { maxRunning: number; maxQueued: number; maxWaitMs: number }) {
    this.#maxRunning = options.maxRunning;
    this.#maxQueued = options.maxQueued;
    this.#maxWaitMs = options.maxWaitMs;
  }

  /** Runs `task` when a slot is free; refuses at once when the wait list is full, or after waiting too long. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.#running < this.#maxRunning) this.#running += 1;
    else await this.#waitForSlot();
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

  #waitForSlot(): Promise<void> {
    if (this.#waiting.length >= this.#maxQueued) {
      return Promise.reject(this.#busy(`${this.#running} queries are running and ${this.#waiting.length} waiting`));
    }
    return new Promise<void>((resolve, reject) => {
      const grant = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.#waiting.splice(this.#waiting.indexOf(grant), 1);
        reject(this.#busy(`no query slot came free within ${this.#maxWaitMs} ms`));
      }, this.#maxWaitMs);
      this.#waiting.push(grant);
    });
  }

  #busy(detail: string): EcokgError {
    return new EcokgError(ErrorCode.SERVICE_UNAVAILABLE, `The database is busy (${detail}); try again shortly.`);
  }
}
