import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { chmod, rename, unlink, writeFile } from 'node:fs/promises';

export interface WriteAtomicOptions {
  /** Permission bits to give the file (a rewritten user file keeps its mode; umask does not apply). */
  mode?: number;
  /** Runs after the temp file is written, right before the rename; throwing stops the write (the old file stays). */
  beforeRename?: () => Promise<void>;
}

/**
 * Write a file so that readers see the old content or the new, never half of it (a run killed
 * mid-write must not leave a broken cache entry or report): write a unique temp file beside it,
 * then rename over it. The temp file is removed if anything fails.
 */
export async function writeAtomic(file: string, data: string | Uint8Array, options: WriteAtomicOptions = {}): Promise<void> {
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, data, typeof data === 'string' ? 'utf8' : undefined);
    if (options.mode !== undefined) await chmod(tmp, options.mode);
    await options.beforeRename?.();
    await rename(tmp, file);
  } catch (err) {
    await unlink(tmp).catch(() => {});
    throw err;
  }
}

/** writeAtomic for a text made of many pieces (a big report): written as they come, never held whole. */
export async function writeAtomicChunks(file: string, chunks: Iterable<string>): Promise<void> {
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const out = createWriteStream(tmp, { encoding: 'utf8' });
  const failed = once(out, 'error').then(([err]) => Promise.reject(err as Error));
  failed.catch(() => {});
  try {
    for (const chunk of chunks) if (!out.write(chunk)) await Promise.race([once(out, 'drain'), failed]);
    out.end();
    await Promise.race([once(out, 'finish'), failed]);
    await rename(tmp, file);
  } catch (err) {
    out.destroy();
    await unlink(tmp).catch(() => {});
    throw err;
  }
}
