// The gate's lanes: the run's one concurrency limit (tasks first come, first served; the width is
// asked each time a task could start, so it narrows after a secondary limit).
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/harvest/clock.js';
import { RateGate } from '../../src/harvest/gate.js';
import { Lane } from '../../src/harvest/lane.js';

/** Run `n` tasks through `schedule`, each held until released by hand; record starts and the most at once. */
function harness(schedule: Lane['run']) {
  let running = 0;
  const seen = { most: 0, order: [] as number[], runningAtStart: [] as number[] };
  const releases: (() => void)[] = [];
  const start = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      schedule(async () => {
        running++;
        seen.most = Math.max(seen.most, running);
        seen.order.push(i);
        seen.runningAtStart.push(running);
        await new Promise<void>((resolve) => releases.push(resolve));
        running--;
        return i;
      }),
    );
  return { start, seen, releases, running: () => running };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('Lane', () => {
  it('runs at most its width at once, in arrival order, and passes results and errors through', async () => {
    const h = harness(new Lane(() => 2).run);
    const all = h.start(5);
    await settle();
    expect(h.running()).toBe(2);
    while (h.releases.length) {
      h.releases.shift()!();
      await settle();
    }
    expect(await Promise.all(all)).toEqual([0, 1, 2, 3, 4]);
    expect([h.seen.most, h.seen.order]).toEqual([2, [0, 1, 2, 3, 4]]);
    await expect(new Lane(() => 1).run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  });

  it("a gate's lane narrows when a secondary limit halves the requests in flight", async () => {
    const gate = new RateGate(fixedClock(0), false, undefined, 4);
    const h = harness(gate.lane());
    const all = h.start(8);
    await settle();
    expect(h.running()).toBe(4);
    // Four requests in flight when the secondary limit comes: from now on at most two.
    for (let i = 0; i < 4; i++) await gate.ready('core');
    gate.pauseFor(0);
    for (let i = 0; i < 4; i++) gate.release('core', 1);
    while (h.releases.length) {
      h.releases.shift()!();
      await settle();
    }
    await Promise.all(all);
    expect(h.seen.order).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    // The first four started side by side; each later one only when at most two ran (itself included).
    expect(h.seen.runningAtStart).toEqual([1, 2, 3, 4, 2, 2, 2, 2]);
  });
});
