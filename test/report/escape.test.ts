import { describe, expect, it } from 'vitest';
import { mdCode, mdText, mdUrl, safeHref } from '../../src/report/escape.js';
import { cleanText, truncate } from '../../src/util/text.js';

describe('mdText', () => {
  it('escapes table pipes', () => expect(mdText('a | b')).toBe('a \\| b'));
  it('joins lines and drops control and bidi characters', () => expect(mdText('a\r\nb\tc\u202Ed\u0007')).toBe('a b cd'));
  it('turns HTML into text', () => expect(mdText('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;'));
  it('cannot form an image or a link', () => expect(mdText('![x](https://evil.example/t.png)')).toBe('\\!\\[x\\](https:&#8203;//evil.example/t.png)'));
  it('does not ping people', () => expect(mdText('thanks @octocat')).toBe('thanks @&#8203;octocat'));
  it('does not reference issues', () => expect(mdText('fixes #123 and GH-7')).toBe('fixes #&#8203;123 and GH-&#8203;7'));
  it('leaves a plain # alone', () => expect(mdText('C# and #hashtag')).toBe('C# and #hashtag'));
  it('does not autolink URLs in free text', () => expect(mdText('see www.evil.example or http://x.y')).toBe('see www&#8203;.evil.example or http:&#8203;//x.y'));
  it('escapes emphasis, code, strikethrough, math and backslashes', () => expect(mdText('*a* _b_ `c` ~d~ $e$ \\')).toBe('\\*a\\* \\_b\\_ \\`c\\` \\~d\\~ \\$e\\$ \\\\'));
  it('escapes entities so they cannot be injected', () => expect(mdText('&lt;b&gt;')).toBe('&amp;lt;b&amp;gt;'));
  it('truncates before escaping, so no entity is cut', () => {
    const out = mdText('@'.repeat(50), 10);
    expect(out).toBe(`${'@&#8203;'.repeat(9)}…`);
  });
  it('null and undefined are empty', () => expect(mdText(null) + mdText(undefined)).toBe(''));
});

describe('truncate', () => {
  it('keeps short text', () => expect(truncate('short', 10)).toBe('short'));
  it('cuts at a word near the end', () => expect(truncate('the quick brown fox jumps', 20)).toBe('the quick brown fox…'));
  it('counts emoji as one character and never splits them', () => expect(truncate('😀'.repeat(10), 5)).toBe('😀😀😀😀…'));
});

describe('cleanText', () => {
  it('collapses whitespace', () => expect(cleanText('  a \n\n b  ')).toBe('a b'));
});

describe('mdCode', () => {
  it('wraps in a code span and escapes pipes', () => expect(mdCode('a|b')).toBe('`a\\|b`'));
  it('uses a longer fence around backticks, padded when needed', () => expect(mdCode('`x``')).toBe('``` `x`` ```'));
  it('a backslash before a pipe cannot end the cell early', () => expect(mdCode('a\\|b')).toBe('`a\u2216\\|b`'));
});

describe('safeHref and mdUrl', () => {
  it('only http(s) becomes a link', () => {
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<b>x</b>')).toBeNull();
    expect(mdUrl('javascript:alert(1)')).toBe('javascript:alert(1)');
  });
  it('percent-encodes what would end the destination or split the table', () => {
    expect(safeHref('https://github.com/a/b)|[x](y')).toBe('https://github.com/a/b%29%7C%5Bx%5D%28y');
  });
  it('drops credentials', () => expect(safeHref('https://user:pass@github.com/a/b')).toBe('https://github.com/a/b'));
  it('shows the URL without its scheme as the link text', () => expect(mdUrl('https://github.com/a/b_c')).toBe('[github.com/a/b\\_c](https://github.com/a/b_c)'));
});
