// The command line in-process: run(argv, io) from src/cli/program.ts with streams that collect what
// it prints and a clean environment (nothing of the machine's GITHUB_* leaks in), as a user would
// run it. Much faster than a child process per call; test/cli/smoke.test.ts keeps real ones for
// what only a process shows (the bin starting, Ctrl-C, stdin from a pipe).
import { tmpdir } from 'node:os';
import { Readable, Writable } from 'node:stream';
import { run } from '../../src/cli/program.js';
import type { CliIO } from '../../src/cli/context.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** The whole environment besides HOME (a temporary directory). */
  env?: Record<string, string | undefined>;
  /** What a lone `-` reads. */
  stdin?: string | Buffer;
  /** The working directory during the run (restored after). */
  cwd?: string;
  /** stdout is a terminal this many columns wide. */
  columns?: number;
}

type Collector = Writable & { text: string; isTTY: boolean; columns?: number };

function collector(columns?: number): Collector {
  const out: Collector = Object.assign(
    new Writable({
      write(chunk, _encoding, done) {
        out.text += String(chunk);
        done();
      },
    }),
    { text: '', isTTY: columns !== undefined, ...(columns ? { columns } : {}) },
  );
  return out;
}

/** One run at a time: the working directory is the process's. */
let queue: Promise<unknown> = Promise.resolve();

export function runCli(args: string[], opts: CliOptions = {}): Promise<CliRun> {
  const next = queue.then(async () => {
    const stdout = collector(opts.columns);
    const stderr = collector();
    const io: CliIO = {
      stdout,
      stderr,
      stdin: Readable.from(opts.stdin === undefined ? [] : [Buffer.from(opts.stdin)]),
      env: { HOME: tmpdir(), PATH: process.env.PATH, ...opts.env },
      onInterrupt: () => () => {},
    };
    const before = process.cwd();
    if (opts.cwd) process.chdir(opts.cwd);
    try {
      const code = await run(args, io);
      return { code, stdout: stdout.text, stderr: stderr.text };
    } finally {
      process.chdir(before);
    }
  });
  queue = next.catch(() => {});
  return next;
}
