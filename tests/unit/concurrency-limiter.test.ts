import { describe, expect, it } from 'vitest';
import { ConcurrencyLimiter } from '../../src/db/concurrency-limiter.ts';

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
};

describe('ConcurrencyLimiter', () => {
  it('runs at most maxRunning tasks at once and hands each freed slot to the next waiter', async () => {
    const limiter = new ConcurrencyLimiter({ maxRunning: 2, maxQueued: 10, maxWaitMs: 1000 });
    const gates = [deferred(), deferred(), deferred()];
    let peak = 0;
    let active = 0;
    const runs = gates.map((gate) =>
      limiter.run(async () => {
        active += 1;
        peak = Math.max(peak, active);
        await gate.promise;
        active -= 1;
      }),
    );
    await Promise.resolve();
    expect(limiter.load).toEqual({ running: 2, waiting: 1 });
    for (const gate of gates) gate.resolve();
    await Promise.all(runs);
    expect(peak).toBe(2);
    expect(limiter.load).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses at once with SERVICE_UNAVAILABLE when the wait list is full', async () => {
    const limiter = new ConcurrencyLimiter({ maxRunning: 1, maxQueued: 1, maxWaitMs: 1000 });
    const gate = deferred();
    const first = limiter.run(() => gate.promise);
    const second = limiter.run(async () => 'second');
    await expect(limiter.run(async () => 'third')).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    gate.resolve();
    await first;
    expect(await second).toBe('second');
  });

  it('gives up on a waiter after maxWaitMs, and the slot still passes on afterwards', async () => {
    const limiter = new ConcurrencyLimiter({ maxRunning: 1, maxQueued: 5, maxWaitMs: 30 });
    const gate = deferred();
    const first = limiter.run(() => gate.promise);
    await expect(limiter.run(async () => 'late')).rejects.toThrow('no query slot came free within 30 ms');
    expect(limiter.load).toEqual({ running: 1, waiting: 0 });
    gate.resolve();
    await first;
    expect(await limiter.run(async () => 'after')).toBe('after');
    expect(limiter.load).toEqual({ running: 0, waiting: 0 });
  });

  it('takes a waiting query off the list when its request is cancelled, and tells the metrics each wait ended how', async () => {
    const outcomes: string[] = [];
    const limiter = new ConcurrencyLimiter({ maxRunning: 1, maxQueued: 5, maxWaitMs: 1000, observe: (outcome) => outcomes.push(outcome) });
    const gate = deferred();
    const first = limiter.run(() => gate.promise);
    const cancel = new AbortController();
    let ran = false;
    const waiting = limiter.run(async () => {
      ran = true;
    }, cancel.signal);
    await Promise.resolve();
    expect(limiter.load).toEqual({ running: 1, waiting: 1 });
    cancel.abort();
    await expect(waiting).rejects.toMatchObject({ code: 'CLIENT_CLOSED_REQUEST' });
    expect(limiter.load).toEqual({ running: 1, waiting: 0 });
    gate.resolve();
    await first;
    expect(ran).toBe(false);
    await expect(limiter.run(async () => 'never', cancel.signal)).rejects.toMatchObject({ code: 'CLIENT_CLOSED_REQUEST' });
    expect(outcomes).toEqual(['granted', 'cancelled']);
    expect(limiter.load).toEqual({ running: 0, waiting: 0 });
  });
});
