// Reading and writing the user's own files for `fix`: the bytes exactly as they are, and a write
// that is atomic, keeps the file's mode (and owner where allowed), follows a symlink to the real
// file, and refuses when the file changed after it was read.
import { chown, readFile, realpath, stat } from 'node:fs/promises';
import { writeAtomic } from '../write-atomic.js';
import { FileChangedError } from '../errors.js';

export interface UserFile {
  /** The path as given (shown to the user). */
  path: string;
  bytes: Buffer;
  /** The text the rewrite works on; `encoding` turns it back into bytes identical outside the edits. */
  text: string;
  encoding: 'utf8' | 'latin1';
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Read a file; text that is not valid UTF-8 is handled byte for byte (latin1), so no byte is ever altered. */
export async function readUserFile(path: string): Promise<UserFile> {
  const bytes = await readFile(path);
  try {
    return { path, bytes, text: UTF8.decode(bytes), encoding: 'utf8' };
  } catch {
    return { path, bytes, text: bytes.toString('latin1'), encoding: 'latin1' };
  }
}

export function encode(file: UserFile, text: string): Buffer {
  // Not a slice of Buffer's shared 8 KiB pool: a plan keeps its new bytes until every file is
  // planned, and a small slice kept pins its whole pool (20,000 small files held 107 MB so, 6 now).
  const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(text, file.encoding));
  bytes.write(text, file.encoding);
  return bytes;
}

/** Replace the file's content with `next`, unless it no longer holds the bytes it was read with. */
export async function replaceUserFile(file: UserFile, next: Buffer): Promise<void> {
  const real = await realpath(file.path);
  const info = await stat(real);
  await writeAtomic(real, next, {
    mode: info.mode & 0o7777,
    beforeRename: async () => {
      // Checked as late as possible: an editor's save during the run must win over ours.
      const now = await readFile(real);
      if (!now.equals(file.bytes)) throw new FileChangedError(file.path);
    },
  });
  // The rename made a new file owned by whoever runs fix; give it back when allowed (root, same user).
  await chown(real, info.uid, info.gid).catch(() => {});
}
