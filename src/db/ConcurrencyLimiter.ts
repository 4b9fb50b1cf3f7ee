import { EcokgError, ErrorCode } from '../errors/error-codes.ts';

/**
 * Bounds how many transactions run at once and how many wait, so a slow database makes requests fail
 * fast with SERVICE_UNAVAILABLE instead of piling up in memory behind the driver's unbounded wait list.
 */
export class ConcurrencyLimiter {
  readonly #maxRunning: number;
  readonly #maxQueued: number;
  #running = 0;
  readonly #waiting: Array<() => void> = [];

  constructor(options: { maxRunning: number; maxQueued: number }) {
    this.#maxRunning = options.maxRunning;
    this.#maxQueued = options.maxQueued;
  }

  /** Runs `task` when a slot is free, or refuses at once when the wait list is full. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.#running >= this.#maxRunning) {
      if (this.#waiting.length >= this.#maxQueued) {
        throw new EcokgError(
          ErrorCode.SERVICE_UNAVAILABLE,
          `The database is busy: ${this.#running} queries running and ${this.#waiting.length} waiting; try again shortly.`,
        );
      }
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    } else {
      this.#running += 1;
    }
    try {
      return await task();
    } finally {
      const next = this.#waiting.shift();
      // The slot passes straight to the next waiter, so `running` only drops when nobody waits.
      if (next) next();
      else this.#running -= 1;
    }
  }

  /** Queries running and waiting now, for /ready and the logs. */
  get load(): { running: number; waiting: number } {
    return { running: this.#running, waiting: this.#waiting.length };
  }
}
