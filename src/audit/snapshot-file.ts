// Reading a snapshot back (for `report` and for the previous run's diff), checked enough that a
// wrong file gives one clear line instead of a stack trace deep inside a formatter.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { SnapshotFileError } from '../errors.js';
import type { Snapshot } from '../types.js';

export const RepoShape = z.looseObject({ key: z.string(), url: z.string(), status: z.string(), flags: z.array(z.string()), reasons: z.record(z.string(), z.string()) });
export const PaperShape = z.looseObject({ source: z.string(), line: z.number(), links: z.array(z.looseObject({ key: z.string(), url: z.string(), line: z.number() })) });
/** Every field but the two long lists (snapshot-stream.ts checks their elements one by one). */
export const SnapshotHeadShape = z.looseObject({
  schemaVersion: z.literal(1),
  generatedAt: z.string(),
  tool: z.looseObject({ name: z.string(), version: z.string() }),
  summary: z.looseObject({ papers: z.number(), links: z.number(), repos: z.number(), byStatus: z.record(z.string(), z.number()), byFlag: z.record(z.string(), z.number()) }),
});
const SnapshotShape = SnapshotHeadShape.extend({ repos: z.array(RepoShape), papers: z.array(PaperShape) });

/** A failed check as one short phrase: where (`repos.3.status`) and what. */
export function shapeProblem(error: z.ZodError, prefix = ''): string {
  const issue = error.issues[0];
  if (!issue) return 'not a repo-audit snapshot (invalid)';
  const where = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
  return `not a repo-audit snapshot (${where || 'top level'}: ${issue.message})`;
}

/** Parse and check a snapshot; throws SnapshotFileError naming the file. */
export function parseSnapshot(text: string, path: string): Snapshot {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new SnapshotFileError(path, `not JSON (${(err as Error).message})`);
  }
  const result = SnapshotShape.safeParse(data);
  if (!result.success) throw new SnapshotFileError(path, shapeProblem(result.error));
  return data as Snapshot;
}

/** A snapshot (or harvest) file's text; throws SnapshotFileError naming the file. */
export async function readSnapshotText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw code === 'ENOENT'
      ? new SnapshotFileError(path, 'no such file', 'missing', { cause: err })
      : new SnapshotFileError(path, `cannot be read (${code ?? 'error'})`, 'unreadable', { cause: err });
  }
}

export async function readSnapshot(path: string): Promise<Snapshot> {
  return parseSnapshot(await readSnapshotText(path), path);
}
