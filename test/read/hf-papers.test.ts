import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';

const long = (words: string) => `${words} ${'filler '.repeat(60)}`.trim();

describe('hf-papers reader', () => {
  it('reads a dump without its page header, keeping long follow-up paragraphs in the abstract', () => {
    const text = [
      'First Paper Title',
      '',
      long('Abstract one.'),
      '',
      long('A second paragraph of the same abstract; code: https://github.com/a/one.'),
      '',
      '  • 3 authors',
      '·',
      'Aug 4 12',
      '',
      'Second Paper: Short',
      '',
      long('Its abstract says the code will be released soon.'),
      '  • 1 author',
      '·',
      'Jan 15, 2025',
    ].join('\n');
    const r = extractText(text, 'dump.txt', 'hf-papers');
    expect(r.papers.map((p) => [p.line, p.title, p.date, p.promised])).toEqual([
      [1, 'First Paper Title', 'Aug 4', false],
      [11, 'Second Paper: Short', 'Jan 15, 2025', true],
    ]);
    expect(r.papers[0]!.links.map((l) => [l.repo, l.line])).toEqual([['a/one', 5]]);
  });

  it("skips the page header and does not give its listing date to the first paper", () => {
    const r = extractText('new\n\nSubscribe\n\nDaily Papers\n\nApr 18\n\nA Title\n\n' + long('An abstract.') + '\n', 'x.txt', 'hf-papers');
    expect(r.papers.map((p) => [p.line, p.title, p.date])).toEqual([[9, 'A Title', null]]);
  });
});
