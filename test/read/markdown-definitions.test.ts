import { describe, expect, it } from 'vitest';
import { Definitions } from '../../src/read/markdown-definitions.js';

describe('Markdown reference definitions, held compactly', () => {
  it('numbers ids in the order first defined; a second definition replaces the URL and line and keeps the number', () => {
    const d = new Definitions();
    d.set('a', 'https://github.com/a/first', 3);
    d.set('b', 'https://github.com/b/b', 4);
    d.set('a', 'https://github.com/a/second', 9);
    expect(d.size).toBe(2);
    expect([d.number('a'), d.number('b'), d.number('c')]).toEqual([0, 1, -1]);
    expect([d.url(0), d.line(0), d.url(1), d.line(1)]).toEqual(['https://github.com/a/second', 9, 'https://github.com/b/b', 4]);
    // Ids come lower-cased already (refId): compared exactly.
    expect(d.has('A')).toBe(false);
  });

  it('gives back every URL as defined, whether or not it begins with a common prefix', () => {
    const d = new Definitions();
    const urls = ['https://github.com/o/r', 'https://arxiv.org/abs/2401.00001', 'https://arxiv.org/pdf/2401.00001v2', 'https://example.org/x', 'http://example.org/y', 'https://', 'https://github.com/', 'HTTPS://GITHUB.COM/O/R', 'ftp://h/p', 'www.example.org', 'https://gïthub.com/ü'];
    urls.forEach((url, i) => d.set(`id${i}`, url, i + 1));
    expect(urls.map((_, i) => d.url(d.number(`id${i}`)))).toEqual(urls);
  });

  it('keeps multi-byte ids and URLs, an empty id, and the longest id, past every initial size', () => {
    const d = new Definitions();
    d.set('', 'https://example.org/empty', 1);
    for (let i = 0; i < 5000; i++) d.set(`ü${i} 论文`, `https://github.com/o/r${i}/tree/main/ü—${'x'.repeat(i % 40)}`, i + 2);
    expect(d.size).toBe(5001);
    expect(d.url(d.number(''))).toBe('https://example.org/empty');
    for (const i of [0, 1023, 1024, 4999]) {
      const n = d.number(`ü${i} 论文`);
      expect(n).toBe(i + 1);
      expect([d.url(n), d.line(n)]).toEqual([`https://github.com/o/r${i}/tree/main/ü—${'x'.repeat(i % 40)}`, i + 2]);
    }
    expect(d.longestId).toBe('ü4999 论文'.length);
    expect(d.number('ü5000 论文')).toBe(-1);
  });
});
