// prettyJsonChunks writes snapshot.json and `harvest --out` in pieces: its text must be
// JSON.stringify(value, null, 2)'s, whatever the values (empty lists, nested objects, strings
// with line breaks, undefined fields, lists read through an iterator).
import { describe, expect, it } from 'vitest';
import { prettyJsonChunks } from '../../src/util/json-chunks.js';
import { lazyArray } from '../../src/util/lazy-array.js';

describe('prettyJsonChunks', () => {
  const value = {
    schemaVersion: 1,
    empty: [],
    skipped: undefined,
    nested: { a: [1, { b: 'x\ny' }], c: null },
    papers: [{ title: 'A "quoted"\ntitle', links: [{ url: 'https://github.com/o/r', line: 3 }] }, { title: null, links: [] }, 7],
    facts: [{ key: 'o/r', topics: [], subpaths: {} }],
    last: 'end',
  };

  it('gives JSON.stringify(value, null, 2), one piece per streamed element', () => {
    const chunks = [...prettyJsonChunks(Object.entries(value), new Set(['papers', 'facts', 'empty']))];
    expect(chunks.join('')).toBe(`${JSON.stringify(value, null, 2)}\n`);
    expect(chunks.length).toBe(2 + 4 + (2 + 3) + (2 + 1)); // braces, 4 plain fields, each streamed list's opening, elements and closing
  });

  it('writes what `item` makes of each element, and reads a lazy array in order', () => {
    const papers = lazyArray(3, (i) => ({ n: i }));
    const text = [...prettyJsonChunks([['papers', papers]], new Set(['papers']), (_key, e) => ({ ...(e as object), seen: true }))].join('');
    expect(JSON.parse(text)).toEqual({ papers: [0, 1, 2].map((n) => ({ n, seen: true })) });
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  });
});
