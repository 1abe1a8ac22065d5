import { describe, expect, it } from 'vitest';
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
