// Gzip-compressed inputs (paper dumps ship as `.jsonl.gz`, `.json.gz`): recognised by their magic
// bytes, whatever their name, and decompressed as they are read, so every reader sees the text.
// The other packings (zip, bzip2, xz, zstd) are recognised the same way, to be named, not read.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { tuning } from './tuning.js';

/** Does `head` start with gzip's magic bytes? */
export function isGzip(head: Buffer | null): boolean {
  return head !== null && head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/**
 * Archives and compressions read only through their own tool (gzip alone is read here), by magic
 * bytes: the command that hands their text to `repo-audit extract -`.
 */
const UNREAD_PACKINGS: { name: string; magic: number[]; command: string }[] = [
  { name: 'zip archive', magic: [0x50, 0x4b, 0x03, 0x04], command: 'unzip -p' },
  { name: 'bzip2-compressed', magic: [0x42, 0x5a, 0x68], command: 'bzcat' },
  { name: 'xz-compressed', magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], command: 'xzcat' },
  { name: 'zstd-compressed', magic: [0x28, 0xb5, 0x2f, 0xfd], command: 'zstdcat' },
];

/** The packing an input starting with `head` is in, of those this tool does not open, or null. */
const packingOf = (head: Uint8Array) => UNREAD_PACKINGS.find(({ magic }) => magic.every((byte, i) => head[i] === byte)) ?? null;

/**
 * What an input that starts with `head` (its first few KiB) is when it is not text, or null: a
 * packing this tool does not open (Kaggle ships arXiv's metadata as a zip), with the command that
 * reads it, or any other input with a NUL byte (`command` null).
 */
export function notText(head: Uint8Array): { what: string; command: string | null } | null {
  const packing = packingOf(head);
  if (packing) return { what: packing.name, command: packing.command };
  return head.includes(0) ? { what: 'binary file', command: null } : null;
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
