/**
 * Admission control for the heavy routes: at most `limit` requests work at once, at most `queue`
 * more wait in order, and any beyond are refused at once (429 with `Retry-After`) rather than left
 * to time out. A waiting request whose client gives up leaves the queue.
 */
import { ServiceError } from './errors.js';

interface Waiter {
  readonly grant: () => void;
}

/** A concurrency cap with a bounded queue. */
export class Admission {
  #active = 0;
  readonly #waiting: Waiter[] = [];
  /** Mean time a piece of work took, in ms (moving average), for `Retry-After`. */
  #meanMs = 1000;

  /**
   * @param limit requests working at once
   * @param queue requests waiting at most
   */
  constructor(
    readonly limit: number,
    readonly queue: number,
  ) {
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError(`concurrency must be a positive integer, got ${limit}`);
    if (!Number.isInteger(queue) || queue < 0)
      throw new RangeError(`queue must be a non-negative integer, got ${queue}`);
  }

  /** Requests working now. */
  get active(): number {
    return this.#active;
  }

  /** Requests waiting now. */
  get waiting(): number {
    return this.#waiting.length;
  }

  /** Seconds after which a refused request may try again: the time the work ahead should take. */
  retryAfterSeconds(): number {
    const ahead = this.#active + this.#waiting.length;
    return Math.max(1, Math.ceil((ahead / this.limit) * (this.#meanMs / 1000)));
  }

  /**
   * Runs `work` when a place is free.
   * @throws ServiceError BUSY when the queue is full; `signal.reason` when aborted while waiting
   */
  async run<T>(work: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    await this.#enter(signal);
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.#meanMs = this.#meanMs * 0.8 + (performance.now() - start) * 0.2;
      this.#leave();
    }
  }

  #enter(signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    if (this.#active < this.limit) {
      this.#active += 1;
      return Promise.resolve();
    }
    if (this.#waiting.length >= this.queue) {
      const seconds = this.retryAfterSeconds();
      throw new ServiceError(
        'BUSY',
        {
          zh: `正在处理 ${this.#active} 个、排队 ${this.#waiting.length} 个，约 ${seconds} 秒后再试`,
          en: `retry in about ${seconds} s`,
        },
        { headers: { 'retry-after': String(seconds) } },
      );
    }
    return new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        const at = this.#waiting.indexOf(waiter);
        if (at >= 0) this.#waiting.splice(at, 1);
        reject(signal!.reason);
      };
      const waiter: Waiter = {
        grant: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      this.#waiting.push(waiter);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  #leave(): void {
    const next = this.#waiting.shift();
    // The place passes straight to the next in line: `active` stays the same.
    if (next) next.grant();
    else this.#active -= 1;
  }
}
