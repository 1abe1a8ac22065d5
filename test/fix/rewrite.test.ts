// The rewrite engine (src/fix/rewrite.ts): the text around the links stays byte for byte, each
// link gets its edits, and the changes come in the text's order — also for a text of many links,
// which the engine builds from pieces (cutting and joining the whole text per link was quadratic).
import { describe, expect, it } from 'vitest';
import { rewriteText, type LinkRewriter } from '../../src/fix/rewrite.js';

/** Moves `o/<name>` to `a-longer-owner/<name>` and `old-owner-x/<name>` to `n/<name>`: longer and shorter. */
const moveOwners: LinkRewriter = (occurrence) => {
  const at = occurrence.written.indexOf('github.com/') + 'github.com/'.length;
  const owner = occurrence.written.slice(at).split('/')[0]!;
  const to = owner === 'o' ? 'a-longer-owner' : owner === 'old-owner-x' ? 'n' : null;
  return to ? [{ start: occurrence.start + at, end: occurrence.start + at + owner.length, with: to }] : [];
};

describe('rewriteText', () => {
  it('edits each link in place, keeps every other byte, and lists the changes in order', () => {
    const text = 'https://github.com/o/first at the start; (https://github.com/keep/me), [x](https://github.com/old-owner-x/y)\n' + 'https://github.com/o/a https://github.com/o/b\nends with https://github.com/o/last';
    const { text: out, changes } = rewriteText(text, [moveOwners]);
    expect(out).toBe(
      'https://github.com/a-longer-owner/first at the start; (https://github.com/keep/me), [x](https://github.com/n/y)\n' +
        'https://github.com/a-longer-owner/a https://github.com/a-longer-owner/b\nends with https://github.com/a-longer-owner/last',
    );
    expect(changes.map((c) => [c.line, c.old, c.new])).toEqual([
      [1, 'https://github.com/o/first', 'https://github.com/a-longer-owner/first'],
      [1, 'https://github.com/old-owner-x/y', 'https://github.com/n/y'],
      [2, 'https://github.com/o/a', 'https://github.com/a-longer-owner/a'],
      [2, 'https://github.com/o/b', 'https://github.com/a-longer-owner/b'],
      [3, 'https://github.com/o/last', 'https://github.com/a-longer-owner/last'],
    ]);
  });

  it('rewrites every link of a 20,000-line list, line for line', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `- [Paper ${i}](https://arxiv.org/abs/2401.${i}) [code](https://github.com/${i % 2 ? 'o' : 'old-owner-x'}/r${i})`);
    const { text, changes } = rewriteText(`${lines.join('\n')}\n`, [moveOwners]);
    const want = lines.map((l, i) => l.replace(i % 2 ? 'github.com/o/' : 'github.com/old-owner-x/', i % 2 ? 'github.com/a-longer-owner/' : 'github.com/n/'));
    expect(text).toBe(`${want.join('\n')}\n`);
    expect(changes).toHaveLength(20_000);
    expect(changes[19_999]).toMatchObject({ line: 20_000, new: 'https://github.com/a-longer-owner/r19999' });
  });

  it('leaves a text without edits as it is', () => {
    const text = 'no change: https://github.com/keep/me and https://example.org/x.';
    expect(rewriteText(text, [moveOwners])).toEqual({ text, changes: [] });
  });
});
