/** A counting semaphore that admits waiters strictly in the order they asked. */

interface Waiter {
  readonly admit: (release: () => void) => void;
  readonly refuse: (reason: unknown) => void;
}

/**
 * Lets at most `permits` holders in at once; the rest wait in FIFO order. A waiter can give up
 * through an AbortSignal, and `refuseAll` turns every waiter away (used when the pool closes).
 * @example
 * const gate = new FifoGate(2);
 * const release = await gate.acquire();
 * try { await work() } finally { release() }
 */
export class FifoGate {
  #free: number;
  readonly #queue: Waiter[] = [];

  /** @param permits how many holders may be in at once (at least 1) */
  constructor(readonly permits: number) {
    if (!Number.isInteger(permits) || permits < 1)
      throw new RangeError(`permits must be a positive integer, got ${permits}`);
    this.#free = permits;
  }

  /** How many hold a permit now. */
  get inUse(): number {
    return this.permits - this.#free;
  }

  /** How many are waiting. */
  get waiting(): number {
    return this.#queue.length;
  }

  /**
   * Asks for a permit. The request joins the queue synchronously, so calls are served in call order.
   * @param signal gives up waiting when aborted; the promise rejects with `signal.reason`
   * @returns a release function (calling it more than once is harmless)
   */
  acquire(signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.#free > 0 && this.#queue.length === 0) {
      this.#free -= 1;
      return Promise.resolve(this.#releaser());
    }
    return new Promise((resolve, reject) => {
      const onAbort = (): void => {
        const index = this.#queue.indexOf(waiter);
        if (index >= 0) this.#queue.splice(index, 1);
        reject(signal?.reason);
      };
      const waiter: Waiter = {
        admit: (release) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(release);
        },
        refuse: (reason) => {
          signal?.removeEventListener('abort', onAbort);
          reject(reason);
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#queue.push(waiter);
    });
  }

  /**
   * Rejects every waiter with `reason`; permits already held stay held until released.
   * @param reason what the waiters' promises reject with
   */
  refuseAll(reason: unknown): void {
    for (const waiter of this.#queue.splice(0)) waiter.refuse(reason);
  }

  #releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#queue.shift();
      // The permit passes straight to the next waiter, so no later caller can overtake it.
      if (next) next.admit(this.#releaser());
      else this.#free += 1;
    };
  }
}
