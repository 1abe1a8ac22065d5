// Hostile titles, descriptions, topics, URLs and file names through the whole report: the tables
// keep their shape, no HTML/image/mention/issue reference gets through, long text is cut.
import { marked, type Token, type Tokens } from 'marked';
import { lint } from 'markdownlint/sync';
import { describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../src/audit/build-snapshot.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderJobSummary } from '../../src/report/summary.js';
import { MARKDOWNLINT_CONFIG } from '../fixtures/report/markdownlint-config.js';
import { NOW, smallExtract, smallFacts, smallPapers } from '../fixtures/report/scenario.js';
import { fixedClock } from '../../src/harvest/clock.js';

const EVIL = 'Evil | col\n\n# Heading <img src=x onerror=alert(1)> ![pic](https://evil.example/p.png) @octocat #123 <script>x</script> [click](javascript:alert(1)) `code` **bold** ~~s~~ $x$ www.evil.example https://evil.example/';
const LONG = `Long ${'word '.repeat(1000)}end`;

function hostileSnapshot() {
  const papers = smallPapers();
  papers[0] = { ...papers[0]!, title: EVIL, source: 'in|put @me #1.txt' };
  papers[6] = { ...papers[6]!, title: LONG };
  const facts = smallFacts().map((f) =>
    f.key === 'github/good/model' ? { ...f, description: EVIL, topics: ['a|b', '<b>x</b>', '@team', LONG] } : f.key === 'github/gone/repo' ? { ...f, description: LONG } : f,
  );
  const extract = smallExtract(papers);
  const gone = papers[0]!.links[1]!;
  papers[0]!.links[1] = { ...gone, raw: 'https://github.com/gone/repo|@x`y`\n<b>' };
  extract.repos[0] = { ...extract.repos[0]!, url: 'https://github.com/good/model)|[x](javascript:alert(1))' };
  return buildSnapshot({ extract, facts, clock: fixedClock(NOW), staleDays: 365, version: '0.0.0-test' });
}

function tables(tokens: Token[]): Tokens.Table[] {
  const out: Tokens.Table[] = [];
  marked.walkTokens(tokens, (t) => {
    if (t.type === 'table') out.push(t as Tokens.Table);
  });
  return out;
}

/** Markdown with code spans removed: what GitHub would scan for mentions and references. */
const outsideCode = (md: string): string => md.replace(/(`+)[\s\S]*?\1/g, '');

describe.each([
  ['health.md', () => renderMarkdown(hostileSnapshot(), null, { sourceBase: '..' })],
  ['job summary', () => renderJobSummary(hostileSnapshot())],
])('hostile input through %s', (_name, render) => {
  const md = render();
  const tokens = marked.lexer(md, { gfm: true });
  const html = marked.parser(tokens);

  it('keeps every table row the width of its header', () => {
    const all = tables(tokens);
    expect(all.length).toBeGreaterThan(2);
    for (const t of all) for (const row of t.rows) expect(row.length).toBe(t.header.length);
  });

  it('adds no heading, HTML element, image or script', () => {
    expect(html).not.toMatch(/<img|<script|<b>|<h1[^>]*>\s*Heading/i);
    expect(html).not.toMatch(/href="javascript:/i);
    let images = 0;
    marked.walkTokens(tokens, (t) => void (t.type === 'image' && images++));
    expect(images).toBe(0);
  });

  it('links only to http(s) addresses we chose, never to the hostile ones', () => {
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)];
    expect(hrefs.length).toBeGreaterThan(0);
    for (const [, href] of hrefs) {
      expect(href).toMatch(/^(https?:\/\/|\.\.\/)/); // the web, or our own link to the input file
      expect(href).not.toContain('evil.example');
    }
  });

  it('pings nobody and references no issue', () => {
    const text = outsideCode(md);
    expect(text).not.toMatch(/@[A-Za-z]/);
    expect(text).not.toMatch(/(?<!&)#\d/);
  });

  it('truncates long text', () => {
    for (const line of md.split('\n')) expect(line.split('word').length).toBeLessThan(40);
    expect(md).toContain('…');
  });
});

describe('hostile health.md', () => {
  it('still passes markdownlint', () => {
    const result = lint({ strings: { 'health.md': renderMarkdown(hostileSnapshot(), null, { sourceBase: '..' }) }, config: MARKDOWNLINT_CONFIG });
    expect(result['health.md']).toEqual([]);
  });

  it('shows the hostile title as text', () => {
    const html = marked.parse(renderMarkdown(hostileSnapshot()), { gfm: true, async: false });
    expect(html).toContain('Evil | col # Heading &lt;img src=x onerror=alert(1)&gt;');
  });
});
