// `fix --dry-run`'s diff (src/fix/diff.ts): a rewrite never adds or removes a line, so the hunks are
// found line by line (alignedHunks) instead of by jsdiff's general diff, which took 107 s for a
// 20,000-line list whose every line changed. The patch text must be the one jsdiff would print.
import { createTwoFilesPatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { alignedHunks, unifiedDiff } from '../../src/fix/diff.js';
import type { FilePlan } from '../../src/fix/plan.js';

/** A small deterministic generator (the cases must be the same on every run). */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const planOf = (path: string, before: string, after: string): FilePlan => ({ file: { path, bytes: Buffer.from(before) }, next: Buffer.from(after) }) as unknown as FilePlan;

/** jsdiff's own patch, from the `---` line (as unifiedDiff prints it). */
const jsdiffPatch = (before: string, after: string): string => {
  const patch = createTwoFilesPatch('a/list.md', 'b/list.md', before, after, undefined, undefined, { context: 3 });
  return patch.slice(patch.indexOf('--- '));
};

describe('fix --dry-run diff', () => {
  it('prints what jsdiff prints, for 300 random rewrites of lines (with and without a final newline, LF and CRLF)', () => {
    const random = prng(15);
    for (let n = 0; n < 300; n++) {
      const count = 1 + Math.floor(random() * 40);
      // Distinct lines, so the one shortest diff is the line-for-line one.
      const old = Array.from({ length: count }, (_, i) => `- [Paper ${i}](https://github.com/o/r${i})`);
      const rate = [0.05, 0.3, 1][n % 3]!;
      const next = old.map((line, i) => (random() < rate ? line.replace('github.com/o/', 'github.com/moved/') + (i % 2 ? '' : ' ') : line));
      if (next.every((l, i) => l === old[i])) next[count - 1] = `${next[count - 1]}!`;
      // Windows line ends in some: jsdiff keeps the CR in each line, as the pairwise split does.
      const eol = n % 5 === 1 ? '\r\n' : '\n';
      const end = n % 4 === 0 ? '' : eol;
      const before = `${old.join(eol)}${end}`;
      const after = `${next.join(eol)}${end}`;
      expect(unifiedDiff(planOf('list.md', before, after)), `case ${n}`).toBe(jsdiffPatch(before, after));
    }
  });

  it('shows every line of a 20,000-line list that changed, in one hunk', () => {
    const old = Array.from({ length: 20_000 }, (_, i) => `- [Paper ${i}](https://github.com/o/r${i})`);
    const before = `# List\n\n${old.join('\n')}\n`;
    const after = `# List\n\n${old.map((l) => l.replace('/o/', '/moved/')).join('\n')}\n`;
    const patch = unifiedDiff(planOf('list.md', before, after));
    expect(patch.startsWith('--- a/list.md\n+++ b/list.md\n@@ -1,20002 +1,20002 @@\n # List\n \n-- [Paper 0](https://github.com/o/r0)\n')).toBe(true);
    expect(patch.split('\n').filter((l) => l.startsWith('+- ')).length).toBe(20_000);
    expect(patch.endsWith('+- [Paper 19999](https://github.com/moved/r19999)\n')).toBe(true);
  });

  it('leaves texts whose lines do not pair up to jsdiff', () => {
    expect(alignedHunks('a\nb\n', 'a\nb\nc\n', 3)).toBeNull();
    expect(alignedHunks('a\nb', 'a\nb\n', 3)).toBeNull();
    expect(unifiedDiff(planOf('x.md', 'a\nb\n', 'a\nB\nc\n'))).toBe(createTwoFilesPatch('a/x.md', 'b/x.md', 'a\nb\n', 'a\nB\nc\n', undefined, undefined, { context: 3 }).replace(/^=+\n/, ''));
  });
});
