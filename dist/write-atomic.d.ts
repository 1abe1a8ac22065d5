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
export declare function writeAtomic(file: string, data: string | Uint8Array, options?: WriteAtomicOptions): Promise<void>;
