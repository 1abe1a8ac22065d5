// `fix --dry-run`: the change as a unified diff (what `git diff` and `patch` read), formatted by
// jsdiff. A rewrite changes links inside lines and never adds or removes a line, so line i of the
// file is line i of the result: the hunks are found by comparing the lines pairwise (alignedHunks),
// in one pass. jsdiff's own diff (Myers, O(lines × changes)) took 107 s for a 20,000-line list
// whose every line changed; it is kept for texts whose lines do not pair up.
import { createTwoFilesPatch, formatPatch, type StructuredPatchHunk } from 'diff';
import type { FilePlan } from './plan.js';

/** Unchanged lines shown around each change, as `git diff` and `diff -u`. */
const CONTEXT = 3;
const NO_NEWLINE = '\\ No newline at end of file';

/** A unified diff of one planned file (empty when nothing changes); both sides shown as UTF-8. */
export function unifiedDiff(plan: FilePlan): string {
  if (!plan.next) return '';
  const name = plan.file.path.split('\\').join('/');
  // git's a/ and b/ prefixes for relative paths; an absolute path is shown as it is.
  const [a, b] = name.startsWith('/') ? [name, name] : [`a/${name}`, `b/${name}`];
  const before = plan.file.bytes.toString('utf8');
  const after = plan.next.toString('utf8');
  const hunks = alignedHunks(before, after, CONTEXT);
  const patch = hunks
    ? formatPatch({ oldFileName: a, newFileName: b, oldHeader: undefined, newHeader: undefined, hunks })
    : createTwoFilesPatch(a, b, before, after, undefined, undefined, { context: CONTEXT });
  // jsdiff opens with a line of `=` and no `diff` header; keep from the `---` line, as git does.
  return patch.slice(patch.indexOf('--- '));
}

/**
 * The hunks of `before` → `after` when their lines pair up (as many, the last one ending alike),
 * each changed line shown as removed and added in place, as jsdiff's structuredPatch shows a
 * changed block: its old lines, then its new ones. Changes closer than 2 × `context` unchanged
 * lines share a hunk. Null when the lines do not pair up.
 */
export function alignedHunks(before: string, after: string, context: number): StructuredPatchHunk[] | null {
  const old = before.split('\n');
  const next = after.split('\n');
  if (old.length !== next.length || (old.at(-1) === '') !== (next.at(-1) === '')) return null;
  // A text ending in a newline splits into one more, empty, piece: it is not a line.
  const endsWithNewline = old.at(-1) === '';
  const lines = endsWithNewline ? old.length - 1 : old.length;
  const changed: number[] = [];
  for (let i = 0; i < lines; i++) if (old[i] !== next[i]) changed.push(i);
  const hunks: StructuredPatchHunk[] = [];
  /** `prefix` + line `i` of `side`, and the marker after the last line when it has no newline. */
  const push = (out: string[], prefix: string, side: string[], i: number) => {
    out.push(prefix + side[i]!);
    if (i === lines - 1 && !endsWithNewline) out.push(NO_NEWLINE);
  };
  for (let k = 0; k < changed.length; ) {
    // The changes this hunk takes: while the unchanged lines between two are at most 2 × context.
    let last = k;
    while (last + 1 < changed.length && changed[last + 1]! - changed[last]! - 1 <= 2 * context) last++;
    const start = Math.max(0, changed[k]! - context);
    const end = Math.min(lines, changed[last]! + context + 1);
    const out: string[] = [];
    for (let i = start; i < end; ) {
      if (old[i] === next[i]) push(out, ' ', old, i++);
      else {
        let runEnd = i;
        while (runEnd < end && old[runEnd] !== next[runEnd]) runEnd++;
        for (let j = i; j < runEnd; j++) push(out, '-', old, j);
        for (let j = i; j < runEnd; j++) push(out, '+', next, j);
        i = runEnd;
      }
    }
    hunks.push({ oldStart: start + 1, oldLines: end - start, newStart: start + 1, newLines: end - start, lines: out });
    k = last + 1;
  }
  return hunks;
}
