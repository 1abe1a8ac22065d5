// `--out` is checked before any network work: a run of many minutes should not end in EACCES.
import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../errors.js';

/** Create the report directory if needed and check it can be written; one line naming --out and the path otherwise. */
export function checkWritableDir(dir: string): void {
  try {
    makeDirs(resolve(dir));
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

/**
 * mkdir -p, one level at a time: Node's recursive mkdir never returns for a path under a
 * directory that refuses new entries with ENOENT (as /proc does), so create each missing level
 * ourselves and let the first refusal surface.
 */
function makeDirs(dir: string): void {
  const missing: string[] = [];
  for (let d = dir; !existsSync(d); d = dirname(d)) {
    missing.push(d);
    if (dirname(d) === d) break;
  }
  for (const d of missing.reverse()) mkdirSync(d);
  if (!statSync(dir).isDirectory()) throw Object.assign(new Error(`${dir} is not a directory`), { code: 'ENOTDIR' });
}
