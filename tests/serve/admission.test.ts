import { describe, expect, it } from 'vitest';
import { Admission } from '../../src/serve/admission.js';
import { ServiceError } from '../../src/serve/errors.js';

/** A piece of work held open until released. */
function held() {
  let release!: () => void;
  const done = new Promise<void>((r) => (release = r));
  return { work: () => done, release };
}

describe('Admission', () => {
  it('runs up to its limit, queues up to its queue, and refuses the rest with BUSY and Retry-After', async () => {
    const admission = new Admission(1, 1);
    const first = held();
    const running = admission.run(first.work);
    const order: string[] = [];
    const queued = admission.run(async () => {
      order.push('second');
    });
    expect([admission.active, admission.waiting]).toEqual([1, 1]);
    const refused = await admission.run(async () => undefined).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ServiceError);
    expect((refused as ServiceError).status).toBe(429);
    expect(Number((refused as ServiceError).extra.headers?.['retry-after'])).toBeGreaterThanOrEqual(1);
    first.release();
    await Promise.all([running, queued]);
    expect(order).toEqual(['second']);
    expect([admission.active, admission.waiting]).toEqual([0, 0]);
  });

  it('takes a waiting request out of the queue when its client gives up', async () => {
    const admission = new Admission(1, 4);
    const first = held();
    const running = admission.run(first.work);
    const controller = new AbortController();
    let ran = false;
    const waiting = admission.run(async () => {
      ran = true;
    }, controller.signal);
    controller.abort(new Error('gone'));
    await expect(waiting).rejects.toThrow('gone');
    expect(admission.waiting).toBe(0);
    first.release();
    await running;
    expect(ran).toBe(false);
    expect(admission.active).toBe(0);
  });

  it('frees its place when the work fails', async () => {
    const admission = new Admission(1, 0);
    await expect(admission.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(admission.run(async () => 'ok')).resolves.toBe('ok');
  });
});
