// Atom and RSS feeds: the arXiv API answers in Atom (a saved answer: test/fixtures/feed/arxiv-api.xml,
// in the API's own shape) and puts the authors' "Code: https://…" in `<arxiv:comment>`; RSS
// descriptions carry escaped HTML. One record per entry or item, its links on their own lines,
// schema URLs (`xmlns`, arXiv's category `scheme`) never links; on every path alike.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { extractInputs } from '../../src/extract/index.js';
import { detectFormat } from '../../src/read/index.js';
import { tuning } from '../../src/read/tuning.js';
import type { PaperRecord } from '../../src/types.js';
import { readEveryPath } from '../helpers/every-path.js';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'feed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** line, id, title, date, promised, and each link as url@line. */
const brief = (papers: PaperRecord[]) => papers.map((p) => [p.line, p.id ?? null, p.title, p.date, p.promised, p.links.map((l) => `${l.url}@${l.line}`)]);
const read = (name: string, text: string) => readEveryPath(path.join(dir, name), text, 'feed', brief);
const ARXIV = readFileSync(new URL('../fixtures/feed/arxiv-api.xml', import.meta.url), 'utf8');

describe('Atom and RSS feeds', () => {
  it("the arXiv API's Atom: a record per entry with its id, date and title; the comment's code link on its line", async () => {
    // (Named .atom: the 7-byte chunks of every-path.ts are too short a head to tell a .xml by.)
    const { papers, problems } = await read('query.atom', ARXIV);
    expect(problems).toEqual([]);
    expect(brief(papers)).toEqual([
      [
        8,
        'http://arxiv.org/abs/2401.00001v1',
        'Diffusion Models for Everything: A Survey',
        '2024-01-01T00:00:00Z',
        true,
        ['http://arxiv.org/abs/2401.00001v1@9', 'https://github.com/lab/survey@15', 'https://github.com/lab/code@20', 'http://arxiv.org/pdf/2401.00001v1@22'],
      ],
      // Several elements on one line.
      [26, 'http://arxiv.org/abs/2401.00002v2', 'Second & Last', '2024-01-02T00:00:00Z', false, ['http://arxiv.org/abs/2401.00002v2@26']],
    ]);
  });

  it('RSS: CDATA titles, escaped HTML in descriptions, several items on one line', async () => {
    const text = [
      '<?xml version="1.0"?>',
      '<rss version="2.0"><channel><title>Lab papers</title><link>https://lab.example.org/</link>',
      '<item><title><![CDATA[Fast <i>Things</i>]]></title><guid>p1</guid><pubDate>Mon, 01 Jan 2024 00:00:00 GMT</pubDate>', // 3
      '<description>&lt;p&gt;Code: &lt;a href="https://github.com/lab/fast"&gt;here&lt;/a&gt;&lt;/p&gt;</description></item>',
      '<item><title>Slow</title><link>https://arxiv.org/abs/2401.00009</link></item><item><title>Third</title></item>', // 5
      '</channel></rss>',
    ].join('\n');
    const { papers, problems } = await read('lab.rss', `${text}\n`);
    expect(problems).toEqual([]);
    expect(brief(papers)).toEqual([
      [3, 'p1', 'Fast <i>Things</i>', 'Mon, 01 Jan 2024 00:00:00 GMT', false, ['https://github.com/lab/fast@4']],
      [5, null, 'Slow', null, false, ['https://arxiv.org/abs/2401.00009@5']],
      [5, null, 'Third', null, false, []],
    ]);
  });

  it('an entry never closed is said and read as it stands', async () => {
    const { papers, problems } = await read('cut.atom', '<feed>\n<entry><title>Cut</title>\n<summary>See https://github.com/lab/cut\n');
    expect(problems).toEqual(['2: feed entry not closed at end of input; read as it stands']);
    expect(brief(papers)).toEqual([[2, null, 'Cut', null, false, ['https://github.com/lab/cut@3']]]);
  });

  it('an entry the parser cannot read keeps its links, and says it has no title, date or id', async () => {
    const text = '<feed>\n<entry><title type="html>Broken quote</title>\n<summary>Code: https://github.com/lab/kept</summary></entry>\n<entry><title>Next</title></entry>\n</feed>\n';
    const { papers, problems } = await read('broken.atom', text);
    expect(problems).toEqual(['2: malformed feed entry: its title, date and id not read']);
    expect(brief(papers)).toEqual([
      [2, null, null, null, false, ['https://github.com/lab/kept@3']],
      [4, null, 'Next', null, false, []],
    ]);
  });

  // A minified feed is one line: past tuning.heldLineBytes a reader without pieces would read it
  // as plain text, one record of all its links (read/lines.ts). Taken in pieces, it is read an
  // item at a time, each tag wherever the pieces cut it.
  it('a minified feed longer than a line is held is read in pieces, item by item', async () => {
    const items = Array.from({ length: 40 }, (_, i) => `<item><title>Paper ${i}</title><guid>p${i}</guid><description>Code: &lt;a href="https://github.com/lab/p${i}"&gt;here&lt;/a&gt;</description></item>`);
    const file = path.join(dir, 'minified.rss');
    writeFileSync(file, `<?xml version="1.0"?><rss version="2.0"><channel><title>Lab</title>${items.join('')}</channel></rss>\n`);
    const defaults = { ...tuning };
    for (const pieceBytes of [37, 256, 4096]) {
      Object.assign(tuning, { heldLineBytes: 1000, linePieceBytes: pieceBytes, readChunkBytes: 256 });
      const { papers, problems } = await extractInputs([file]).finally(() => Object.assign(tuning, defaults));
      expect(problems).toEqual([]);
      expect(brief(papers)).toEqual(items.map((_, i) => [1, `p${i}`, `Paper ${i}`, null, false, [`https://github.com/lab/p${i}@1`]]));
    }
  });

  it('an entry longer than 4 Mi characters is read as it stands, and the entries after it as usual', async () => {
    const long = `<entry><title>Long</title><summary>https://github.com/lab/long ${'words '.repeat(1_000_000)}</summary></entry>`;
    const text = `<feed><entry><title>Before</title></entry>${long}<entry><title>After</title><summary>https://github.com/lab/after</summary></entry></feed>\n`;
    const file = path.join(dir, 'long-entry.atom');
    writeFileSync(file, text);
    const { papers, problems } = await extractInputs([file]);
    expect(problems.map((p) => p.message.replace(`${file}:`, ''))).toEqual(['1: feed entry not closed after 4 Mi characters; read as it stands']);
    expect(brief(papers)).toEqual([
      [1, null, 'Before', null, false, []],
      // Cut inside its summary, the entry is too long for the parser: its links, not its title.
      [1, null, null, null, false, ['https://github.com/lab/long@1']],
      [1, null, 'After', null, false, ['https://github.com/lab/after@1']],
    ]);
  });

  it('is told by its root element under any name; .atom and .rss by name', () => {
    expect(detectFormat('answer.xml', ARXIV)).toBe('feed');
    expect(detectFormat('-', '<!-- saved -->\n<rss version="2.0">')).toBe('feed');
    expect(detectFormat('pom.xml', '<?xml version="1.0"?>\n<project>')).toBe('text');
    expect(detectFormat('x.rss', '')).toBe('feed');
  });

  it('from the command line, the saved answer as it came (.xml, told by its content)', async () => {
    const r = await runCli(['extract', fileURLToPath(new URL('../fixtures/feed/arxiv-api.xml', import.meta.url)), '--format', 'jsonl']);
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as PaperRecord).id)).toEqual(['http://arxiv.org/abs/2401.00001v1', 'http://arxiv.org/abs/2401.00002v2']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
