// The files this process holds open whose path matches `pattern` (Linux: /proc/self/fd). A
// temporary file loses its name as soon as it is opened (util/spill-file.ts openTemporary), so
// whether it was closed shows only here: its descriptor keeps the old path (" (deleted)").
import { readdirSync, readlinkSync } from 'node:fs';

export function openFilesMatching(pattern: RegExp): string[] {
  if (process.platform !== 'linux') return [];
  return readdirSync('/proc/self/fd')
    .map((fd) => {
      try {
        return readlinkSync(`/proc/self/fd/${fd}`);
      } catch {
        return '';
      }
    })
    .filter((target) => pattern.test(target));
}
