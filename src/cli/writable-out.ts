// `--out` is checked before any network work: a run of many minutes should not end in EACCES.
import { accessSync, constants, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from '../options.js';

/** Create the report directory if needed and check it can be written; one line naming --out and the path otherwise. */
export function checkWritableDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (err) {
    throw new UsageError(`--out: cannot write to "${dir}" (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

/** The same for an output file: its directory must exist and be writable. */
export function checkWritableFile(file: string): void {
  try {
    accessSync(dirname(file), constants.W_OK);
  } catch (err) {
    throw new UsageError(`--out: cannot write to "${file}" (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}
