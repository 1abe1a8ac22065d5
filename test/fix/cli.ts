// The CLI in-process (test/helpers/run-cli.ts), from the repository root unless told otherwise.
import { resolve } from 'node:path';
import { runCli, type CliOptions, type CliRun } from '../helpers/run-cli.js';

export type { CliRun };
const ROOT = resolve(import.meta.dirname, '../..');

export function cli(args: string[], options: CliOptions & { timeoutMs?: number } = {}): Promise<CliRun> {
  return runCli(args, { ...options, cwd: options.cwd ?? ROOT });
}
