import { afterEach, describe, expect, it } from 'vitest';
import { Definitions } from '../../src/read/markdown-definitions.js';
import { tuning } from '../../src/read/tuning.js';

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

describe('Markdown reference definitions past tuning.definitionsInMemory (on disk)', () => {
  const defaults = { ...tuning };
  afterEach(() => Object.assign(tuning, defaults));

  it('answers as in memory: numbers, URLs, lines, a redefinition before and after the move, multi-byte ids', () => {
    const define = (d: Definitions) => {
      d.set('a', 'https://github.com/a/first', 3);
      for (let i = 0; i < 3000; i++) d.set(`ü${i} 论文`, `https://github.com/o/r${i}/ü—${'x'.repeat(i % 40)}`, i + 10);
      d.set('a', 'https://github.com/a/second', 9);
      d.set('ü7 论文', 'http://example.org/again', 4000);
      d.set('', 'www.example.org', 4001);
    };
    const memory = new Definitions();
    define(memory);
    tuning.definitionsInMemory = 5;
    const disk = new Definitions();
    define(disk);
    expect(disk.size).toBe(memory.size);
    expect(disk.longestId).toBe(memory.longestId);
    for (const id of ['a', '', 'ü0 论文', 'ü7 论文', 'ü2999 论文', 'ü3000 论文', 'A', 'b']) {
      const n = memory.number(id);
      expect(disk.number(id), id).toBe(n);
      expect(disk.has(id), id).toBe(n >= 0);
      if (n >= 0) expect([disk.line(n), disk.url(n)], id).toEqual([memory.line(n), memory.url(n)]);
    }
    for (let n = 0; n < memory.size; n++) expect([disk.url(n), disk.line(n)]).toEqual([memory.url(n), memory.line(n)]);
    disk.dispose();
    expect(() => disk.number('a')).toThrow(/used after it was disposed/);
  });
});
