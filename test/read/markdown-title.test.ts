import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';
import { markdownTitle } from '../../src/read/markdown-title.js';

/** The last two rewrites as they were written before issue #15 made them cheaper: the reference. */
const foldAndTrim = (t: string) => t.replace(/\s+/g, ' ').replace(/^[\s|:,;.\-–—]+|[\s|:,;\-–—]+$/g, '');

describe('markdownTitle: folding white space and trimming punctuation', () => {
  const cases = [
    'Plain title',
    '  spaced   out\ttitle  ',
    '| Title | ',
    '. - – — Leading punctuation',
    'Ends with a dot.',
    'Ends with punctuation ,;:|-–— ',
    '\u00a0no-break\u00a0space\u3000ideographic space\u2028',
    '...',
    '-—–|:;,. ',
    'a.',
    ' . a . ',
    '–',
  ];
  it.each(cases)('%j as the regexes gave it', (text) => {
    const expected = foldAndTrim(text);
    expect(markdownTitle(text)).toBe(expected === '' ? null : expected);
  });
});

describe('markdownTitle: the link texts lists put after a title', () => {
  it.each([
    ['**PTQ1.61** [[paper](https://arxiv.org/abs/2502.13179)] [[code](https://github.com/a/b)]', 'PTQ1.61'],
    ['Mamba: Linear-Time Sequence Modeling. [arXiv](https://arxiv.org/abs/1) [GitHub](https://github.com/a/b) [Project Page](https://a.github.io)', 'Mamba: Linear-Time Sequence Modeling.'],
    ['Vim [📄 Paper](https://arxiv.org/abs/1) | [**Code**](https://github.com/a/b) | [Demo][demo]', 'Vim'],
    // A link whose text is the title stays; so do texts that are more than a kind.
    ['[Attention Is All You Need](https://arxiv.org/abs/1706.03762) [code](https://github.com/a/b)', 'Attention Is All You Need'],
    ['Survey [Code (coming soon)](https://github.com/a/b)', 'Survey Code (coming soon)'],
    ['CFSP <a href="https://github.com/wyxscir/CFSP">repo</a> <a href="https://arxiv.org/abs/1"><b>Paper</b></a>', 'CFSP'],
    ['<abbr>LLM</abbr> pruning <a>code</a>', 'LLM pruning'],
    // Nothing but kinds: they are the title.
    ['[Paper](https://arxiv.org/abs/1) [Code](https://github.com/a/b)', 'Paper Code'],
  ])('%j → %j', (text, title) => {
    expect(markdownTitle(text)).toBe(title);
  });
});

// Huge items and rows: what a title is looked for in is bounded (a 4 MiB row or item peaked at
// 144–152 MiB read whole; bench/extract/RESULTS.md run 64).
describe('titles of huge items and rows', () => {
  const read = (md: string) => extractText(md, 'list.md', 'markdown').papers.map((p) => p.title);

  it("a table's title column is looked for among its first 1,000 columns", () => {
    const table = (titleAt: number) => {
      const header = Array.from({ length: 1500 }, (_, i) => (i === titleAt ? 'Title' : `c${i}`));
      const row = Array.from({ length: 1500 }, (_, i) => (i === titleAt ? 'The paper' : `v${i}`));
      return `| ${header.join(' | ')} |\n|${'---|'.repeat(1500)}\n| ${row.join(' | ')} |\n`;
    };
    expect(read(table(999))).toContain('The paper');
    // Past them, the first cell with words.
    expect(read(table(1200))).not.toContain('The paper');
    expect(read(table(1200))).toContain('v0');
  });

  it("an item's title is made from its first 64 KiB", () => {
    expect(read(`- ${'<b></b>'.repeat(9_000)} Real title\n`)).toEqual(['Real title']);
    // 70 KB of tags, which a title drops, then words: past 64 KiB they are not read for it.
    const [title] = read(`- ${'<b></b>'.repeat(10_000)} Real title\n`);
    expect(title ?? '').not.toContain('Real');
  });
});
