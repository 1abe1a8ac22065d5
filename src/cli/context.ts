// What a command runs with: the streams and environment it may touch (the process's, or a test's)
// and the raw arguments. Commands return their exit code; only the bin touches process.exitCode.

export interface OutStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
  on?(event: 'error', listener: (err: NodeJS.ErrnoException) => void): unknown;
}

export interface CliIO {
  stdout: OutStream;
  stderr: OutStream;
  /** What a lone `-` reads. */
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  /** Ctrl-C (SIGINT) calls `listener` once; the returned function stops listening. */
  onInterrupt(listener: () => void): () => void;
}

export interface CommandContext {
  io: CliIO;
  /** The arguments after the program name, as given (the lone `-` work-around reads them). */
  argv: readonly string[];
}

export function processIO(): CliIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    onInterrupt(listener) {
      process.once('SIGINT', listener);
      return () => void process.off('SIGINT', listener);
    },
  };
}
