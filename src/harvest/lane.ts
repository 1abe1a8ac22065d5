// A queue of tasks run at most `width()` at a time, first come first served. The width is asked
// each time a task could start, so a lane of the RateGate narrows as soon as GitHub's secondary
// limit lowers the gate's concurrency (gate.ts): one limit for the whole run, not one per caller.

export type Schedule = <T>(task: () => Promise<T>) => Promise<T>;

export class Lane {
  private running = 0;
  private readonly queue: (() => void)[] = [];

  constructor(private readonly width: () => number) {}

  readonly run: Schedule = (task) =>
    new Promise((resolve, reject) => {
      this.queue.push(() => {
        this.running++;
        task()
          .then(resolve, reject)
          .finally(() => {
            this.running--;
            this.next();
          });
      });
      this.next();
    });

  private next(): void {
    while (this.queue.length > 0 && this.running < Math.max(1, this.width())) this.queue.shift()!();
  }
}
