// Lines that made a regex backtrack for seconds or minutes (a ReDoS in all but intent): a deeply
// indented list, a line of 200 KB of `[` or `<`, a BibTeX word with no `=`, a URL of `?a?a…`.
// Each rewrite is checked against the regex it replaces, kept here as its specification, on many
// random texts over the characters that matter; then each hostile input goes through extraction,
// where the regexes took from 10 s to minutes and now take milliseconds (the test's timeout is the
// bound: it asserts nothing about time that load could move).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { redactSecretParams } from '../../src/extract/clean.js';
import { extractInputs } from '../../src/extract/index.js';
import { splitSubpath } from '../../src/harvest/facts.js';
import { nextFieldName } from '../../src/read/bibtex.js';
import { detectFormat } from '../../src/read/detect.js';
import { looksLikeHfPapers } from '../../src/read/hf-papers.js';
import { TABLE_SEPARATOR, headingText } from '../../src/read/markdown-syntax.js';
import { removeTags, replaceBracketed } from '../../src/read/markdown-title.js';
import { seededRandom } from '../../src/sim/random.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'hostile-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `count` random texts of up to `max` characters drawn from `alphabet`. */
function texts(alphabet: readonly string[], count: number, max: number, seed: number): string[] {
  const rand = seededRandom(seed); // deterministic: a failure names a text that fails again
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(rand() * (max + 1)) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join(''));
}

describe('each rewrite gives what its regex gave', () => {
  const markdown = texts(['[', ']', '(', ')', '!', '<', '>', 'a', ' '], 20_000, 24, 1);

  it('images, inline links, reference links and tags in titles', () => {
    for (const t of markdown) {
      expect(replaceBracketed(t, '![', '(', ')', false), t).toBe(t.replace(/!\[[^\]]*\]\([^)]*\)/g, ''));
      expect(replaceBracketed(t, '[', '(', ')', true), t).toBe(t.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'));
      expect(replaceBracketed(t, '[', '[', ']', true), t).toBe(t.replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1'));
      expect(removeTags(t), t).toBe(t.replace(/<[^>]*>/g, ''));
    }
    // A label holding `$1` or `$&` is copied as it is, as a replacement string's capture is.
    expect(replaceBracketed('[$1 $&](u)', '[', '(', ')', true)).toBe('$1 $&');
  });

  it('table delimiter rows', () => {
    const plain = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
    let rows = 0;
    for (const t of texts(['|', '-', '-', ':', ' ', '\t', 'a'], 40_000, 16, 2)) {
      expect(TABLE_SEPARATOR.test(t), JSON.stringify(t)).toBe(plain.test(t));
      if (plain.test(t)) rows++;
    }
    expect(rows).toBeGreaterThan(100); // the random texts hold delimiter rows, not only misses
  });

  it('ATX headings', () => {
    const plain = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
    let headings = 0;
    for (const t of texts(['#', '#', '#', ' ', ' ', '\t', 'a', '\r', '\u00a0', '\u2028', 'b'], 40_000, 14, 3)) {
      expect(headingText(t), JSON.stringify(t)).toBe(plain.exec(t)?.[1] ?? null);
      if (plain.test(t)) headings++;
    }
    expect(headings).toBeGreaterThan(1000);
  });

  it('BibTeX field names', () => {
    const plain = /([A-Za-z][\w:.-]*)\s*=\s*/g;
    for (const t of texts(['a', 'B', '1', '_', '.', ':', '-', '=', ' ', '\n', ',', '{'], 20_000, 16, 4)) {
      for (let from = 0; from <= t.length; from += 3) {
        plain.lastIndex = from;
        const m = plain.exec(t);
        expect(nextFieldName(t, from), `${JSON.stringify(t)} from ${from}`).toEqual(m ? { name: m[1], end: m.index + m[0].length } : null);
      }
    }
  });

  it('secret query parameters', () => {
    // Of the names these pieces make, only `token` and `sig` are secret (clean.ts SECRET_NAMES).
    const secret = /^(?:token|sig)$/i;
    const plain = (t: string) => t.replace(/([?&])([^=&#\s]+)=[^&#\s]*/g, (all, sep: string, name: string) => (secret.test(name) ? `${sep}${name}=REDACTED` : all));
    let redacted = 0;
    for (const t of texts(['?', '&', '=', '#', ' ', 'token', 'sig', 'x', 'a'], 40_000, 12, 5)) {
      const expected = plain(t);
      expect(redactSecretParams(t), JSON.stringify(t)).toBe(expected);
      if (expected !== t) redacted++;
    }
    expect(redacted).toBeGreaterThan(500); // ~750: the random texts hold secrets to redact
  });

  it('format detection: a daily-papers author line and Markdown in a head', () => {
    const hfAuthors = /^\s*•\s*\d+ authors?\s*$/m;
    const markdownHead = /^(?:#{1,6} |\s*[-*+] \[|.*\]\((?:https?:|\.{0,2}\/))/m;
    let hf = 0;
    // (A head is not led by a blank: detectFormat trims it first.)
    for (const t of texts(['\n', ' ', '\t', '\r', '\u2028', '•', '•3 authors', ' 3 author', 'x'], 40_000, 10, 7)) {
      const head = `x${t}`;
      expect(looksLikeHfPapers(head), JSON.stringify(head)).toBe(hfAuthors.test(head));
      if (hfAuthors.test(head)) hf++;
    }
    let markdown = 0;
    for (const t of texts(['\n', ' ', '\t', '\r', '\u2028', '-', '- [', '#', '](', 'http:', 'x'], 40_000, 10, 8)) {
      const head = `x${t}`;
      // No page header, author line, `{`, `[` or `@` leads these heads: the Markdown test decides.
      expect(detectFormat('x', head) === 'markdown', JSON.stringify(head)).toBe(markdownHead.test(head));
      if (markdownHead.test(head)) markdown++;
    }
    expect(hf).toBeGreaterThan(500);
    expect(markdown).toBeGreaterThan(500);
  });

  it('slashes around a linked sub-path', () => {
    const plain = (p: string) => {
      const m = /^(?:tree|blob)\/([^/]+)\/?(.*)$/.exec(p);
      if (m) return { ref: m[1] ?? null, path: (m[2] ?? '').replace(/\/+$/, '') };
      return { ref: null, path: p.replace(/^\/+|\/+$/g, '') };
    };
    for (const t of texts(['/', '/', 'a', 'tree/', 'blob/', 'x'], 20_000, 10, 6)) expect(splitSubpath(t), JSON.stringify(t)).toEqual(plain(t));
  });
});

describe('hostile lines are read in time proportional to their length', () => {
  const n = 200_000;
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it('a list nested 3,000 deep (a line led by thousands of spaces and a `-`)', async () => {
    const file = write('deep.md', Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- https://github.com/deep/r${i}\n`).join(''));
    const { papers, problems } = await extractInputs([file]);
    expect(problems).toEqual([]);
    expect(papers.flatMap((p) => p.links.map((l) => l.url))).toEqual(Array.from({ length: 3000 }, (_, i) => `https://github.com/deep/r${i}`));
  }, 20_000);

  it('items and cells of 200 KB of `[`, `![`, `<` with nothing to close them', async () => {
    const file = write(
      'brackets.md',
      [`- ](${'['.repeat(n)} https://github.com/a/one`, `- ][${'['.repeat(n)}`, `- <${'<'.repeat(n)}`, `- ![x](${'!['.repeat(n / 2)}`, `| ](${'['.repeat(n)} | https://github.com/a/two |`, ''].join('\n'),
    );
    const { papers, problems } = await extractInputs([file]);
    expect(problems).toEqual([]);
    expect(papers.flatMap((p) => p.links.map((l) => l.url))).toEqual(['https://github.com/a/one', 'https://github.com/a/two']);
  }, 20_000);

  it('headings of 2,000 characters padded with white space', async () => {
    const line = `#${'\t'.repeat(990)}x${'\t'.repeat(990)}#x`;
    const file = write('headings.md', `${Array.from({ length: 200 }, () => line).join('\n')}\n- https://github.com/a/after\n`);
    const { papers } = await extractInputs([file]);
    expect(papers.flatMap((p) => p.links.map((l) => l.url))).toEqual(['https://github.com/a/after']);
  }, 20_000);

  it('a head of 400 KB of blank lines, a `•` at its end (format detection)', () => {
    // Through the function: a file's head is cut at 64 KiB, where the old regex took 6 s.
    expect(looksLikeHfPapers(`x\n${'\n'.repeat(2 * n)}• 3 authors\n`)).toBe(true);
    expect(looksLikeHfPapers(`x\n${' \n'.repeat(n)}• x\n`)).toBe(false);
  }, 20_000);

  it('a BibTeX entry holding a 200 KB word with no `=`', async () => {
    const file = write('word.bib', `@article{k,\n  ${'A'.repeat(n)}\n  url = {https://github.com/a/bib}\n}\n`);
    const { papers, problems } = await extractInputs([file]);
    expect(problems).toEqual([]);
    expect(papers.map((p) => [p.id, p.links.map((l) => l.url)])).toEqual([['k', ['https://github.com/a/bib']]]);
  }, 20_000);

  it('a URL whose query is 400 KB of `?a`, then a secret parameter', async () => {
    const file = write('query.txt', `Code: https://u@github.com/a/q?${'?a'.repeat(n)}&token=s3cret\n`);
    const { papers } = await extractInputs([file]);
    const [link] = papers.flatMap((p) => p.links);
    expect(link?.repo).toBe('a/q');
    expect(link?.raw).toBe(`https://github.com/a/q?${'?a'.repeat(n)}&token=REDACTED`);
  }, 20_000);
});
