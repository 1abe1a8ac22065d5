// Gzip-compressed inputs (paper dumps ship as `.jsonl.gz`, `.json.gz`): recognised by their magic
// bytes, whatever their name, and decompressed as they are read, so every reader sees the text.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { tuning } from './tuning.js';

/** Does `head` start with gzip's magic bytes? */
export function isGzip(head: Buffer | null): boolean {
  return head !== null && head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/** `name` without a final `.gz`: `papers.jsonl.gz` is read as JSON Lines. */
export function withoutGz(name: string): string {
  return name.toLowerCase().endsWith('.gz') ? name.slice(0, -3) : name;
}

/**
 * The decompressed chunks of a gzip input. Corrupt or cut-off data ends them early, as if the
 * input ended there (so each reader still finishes what it read: the last line, the last record),
 * and `broken` is told zlib's code (`Z_DATA_ERROR`, `Z_BUF_ERROR`). Members concatenated
 * (`cat a.gz b.gz`) are read one after the other, as gunzip does.
 */
export async function* gunzipChunks(chunks: AsyncIterable<Buffer | string>, broken: (code: string) => void): AsyncGenerator<Buffer> {
  const gunzip = createGunzip({ chunkSize: Math.min(tuning.readChunkBytes, 1024 * 1024) });
  // The pipeline's failure (the source's or zlib's) destroys the gunzip stream, whose reader then throws it.
  pipeline(Readable.from(chunks, { objectMode: false }), gunzip).catch(() => {});
  try {
    for await (const chunk of gunzip) yield chunk as Buffer;
  } catch (err) {
    if (!isGzipError(err)) throw err;
    broken(err.code);
  }
}

/** A zlib failure: the input is not valid gzip data, or ends before its data does. */
export function isGzipError(err: unknown): err is Error & { code: string } {
  const code = err instanceof Error ? (err as NodeJS.ErrnoException).code : undefined;
  return typeof code === 'string' && /^Z_|^ERR_ZLIB/.test(code);
}
