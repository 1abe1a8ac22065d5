// Lines said as they come (extract's problems on stderr), written in batches when they come fast:
// one write per line was half the time of a file of a million broken lines (bench/extract/RESULTS.md
// run 62). A line after a quiet spell (QUIET_MS since the last write) is written at once, so a
// long run still shows its first problem when it is found; lines that follow it closely wait for
// BATCH_BYTES of them, a timer, or flush(). A stream that asks to wait (stderr on a pipe that is
// read slowly) is waited for through ready(), which the readers ask between chunks: writes left
// to queue took 739 MiB for a million problems (RESULTS.md run 62).

const BATCH_BYTES = 64 * 1024;
const QUIET_MS = 200;

export interface BatchedLines {
  write(line: string): void;
  /** Write what waits (at the end of the run, before anything else is said). */
  flush(): void;
  /** What to wait for before more lines come: the stream's drain, once it asked; else null. */
  ready(): Promise<void> | null;
}

interface LineStream {
  write(text: string): unknown;
  once?(event: 'drain' | 'close' | 'error', listener: () => void): unknown;
  off?(event: 'drain' | 'close' | 'error', listener: () => void): unknown;
}

/** The stream drained, or will never (closed, failed: a `2>&1 | head` that ended). */
function drainOf(out: LineStream & Required<Pick<LineStream, 'once'>>): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      for (const event of ['drain', 'close', 'error'] as const) out.off?.(event, done);
      resolve();
    };
    for (const event of ['drain', 'close', 'error'] as const) out.once(event, done);
  });
}

export function batchedLines(out: LineStream, now: () => number = Date.now): BatchedLines {
  let pending: string[] = [];
  let pendingChars = 0;
  let lastWrite = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let drained: Promise<void> | null = null;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (pending.length === 0) return;
    const text = pending.join('');
    pending = [];
    pendingChars = 0;
    lastWrite = now();
    if (out.write(text) === false && out.once && !drained) drained = drainOf(out as Parameters<typeof drainOf>[0]).then(() => void (drained = null));
  };
  return {
    write(line) {
      pending.push(line);
      pendingChars += line.length;
      if (pendingChars >= BATCH_BYTES || now() - lastWrite >= QUIET_MS) return flush();
      // (Reading that never yields to the event loop leaves this to the next line or to flush().)
      timer ??= setTimeout(flush, QUIET_MS).unref();
    },
    flush,
    ready: () => drained,
  };
}
