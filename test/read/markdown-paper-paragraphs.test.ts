// Some paper lists write each paper as a paragraph, not a list item: a bold title on a line of its
// own broken there (`**Title** \`), then authors, links and a date (hee9joon/Awesome-Diffusion-Models,
// ~3,000 papers). Every such paper was text of the file record: one "paper" with 3,595 links. Each
// such paragraph is now a record titled by its bold title, on every path: a file (read in passes),
// standard input (read once) and extractText. Bold text that is not a title alone on a broken
// first line (a README's `**Note:** …`, a pseudo-heading) stays the file's, as before.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PaperRecord } from '../../src/types.js';
import { readEveryPath } from '../helpers/every-path.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'paper-paragraphs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** line, title, promised, and each link as url@line. */
const brief = (papers: PaperRecord[]) => papers.map((p) => [p.line, p.title, p.promised, p.links.map((l) => `${l.url}@${l.line}`)]);

/** The records of `text` read on every path (helpers/every-path.ts), which must agree; no problems. */
async function read(text: string): Promise<PaperRecord[]> {
  const { papers, problems } = await readEveryPath(path.join(dir, 'list.md'), text, 'markdown', brief);
  expect(problems).toEqual([]);
  return papers;
}

describe('papers written as paragraphs', () => {
  it('a paragraph led by a bold title on a broken line is a record, to its end; the rest stays the file\'s', async () => {
    const text = [
      '# Awesome Diffusion [![badge](https://img.shields.io/badge/a-b-c.svg)](https://github.com/me/list)', // 1
      '',
      '## Papers',
      '',
      '**Denoising Diffusion Probabilistic Models** \\', // 5
      '*Jonathan Ho, Ajay Jain, Pieter Abbeel* \\',
      'NeurIPS 2020. [[Paper](https://arxiv.org/abs/2006.11239)] [[Github](https://github.com/hojonathanho/diffusion)] \\',
      '19 Jun 2020',
      '',
      '**Score-Based Generative Modeling** <br>', // 10
      'Code will be released soon. [[Paper](https://arxiv.org/abs/2011.13456)]',
      '',
      '__A Title With Two Spaces__  ', // 13
      '[[Github](https://github.com/lab/two-spaces)]',
      '',
      'Text after the papers, with https://github.com/file/own.', // 16
      '## Right Under A Heading',
      '**No Blank Line Before It** \\', // 18
      'https://github.com/lab/under-heading',
    ].join('\n');
    expect(brief(await read(`${text}\n`))).toEqual([
      [1, 'Awesome Diffusion', false, ['https://img.shields.io/badge/a-b-c.svg@1', 'https://github.com/me/list@1', 'https://github.com/file/own@16']],
      [5, 'Denoising Diffusion Probabilistic Models', false, ['https://arxiv.org/abs/2006.11239@7', 'https://github.com/hojonathanho/diffusion@7']],
      [10, 'Score-Based Generative Modeling', true, ['https://arxiv.org/abs/2011.13456@11']],
      [13, 'A Title With Two Spaces', false, ['https://github.com/lab/two-spaces@14']],
      [18, 'No Blank Line Before It', false, ['https://github.com/lab/under-heading@19']],
    ]);
  });

  it('bold text that is not a title alone on a broken first line is not a paper', async () => {
    const text = [
      '# A README', // 1
      '',
      '**Installation**', // a pseudo-heading: no line break after it
      'pip install from https://github.com/a/install',
      '',
      '**Note:** the weights are at https://github.com/a/weights \\', // bold is not the whole line
      'and more.',
      '',
      'A paragraph line', // no blank line before the bold line
      '**Not A Title** \\',
      'https://github.com/a/inside',
      '',
      '**Two** and **Bold** \\', // two bold spans
      'https://github.com/a/two',
      '',
      '- An item https://github.com/a/item', // 16
      '',
      '  **In The Item** \\', // indented: the item goes on
      '  https://github.com/a/item-more',
    ].join('\n');
    expect(brief(await read(`${text}\n`))).toEqual([
      [1, 'A README', false, ['https://github.com/a/install@4', 'https://github.com/a/weights@6', 'https://github.com/a/inside@11', 'https://github.com/a/two@14']],
      [16, 'An item', false, ['https://github.com/a/item@16', 'https://github.com/a/item-more@19']],
    ]);
  });
});
