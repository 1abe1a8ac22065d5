import { randomBytes } from 'node:crypto';
import { chmod, rename, unlink, writeFile } from 'node:fs/promises';
/**
 * Write a file so that readers see the old content or the new, never half of it (a run killed
 * mid-write must not leave a broken cache entry or report): write a unique temp file beside it,
 * then rename over it. The temp file is removed if anything fails.
 */
export async function writeAtomic(file, data, options = {}) {
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
        await writeFile(tmp, data, typeof data === 'string' ? 'utf8' : undefined);
        if (options.mode !== undefined)
            await chmod(tmp, options.mode);
        await options.beforeRename?.();
        await rename(tmp, file);
    }
    catch (err) {
        await unlink(tmp).catch(() => { });
        throw err;
    }
}
//# sourceMappingURL=write-atomic.js.map