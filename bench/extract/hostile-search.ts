// A random search for hostile lines (docs/extraction.md, "Hostile lines"): a motif of 1–4
// characters drawn from those Markdown, URLs, BibTeX and JSON give meaning to, repeated to a line
// of `--bytes`, in one of 16 contexts (list item, table cell, heading, definition, link, URL, promise,
// BibTeX field, JSON Lines and JSON strings, a daily-papers dump's title and abstract…), read in-process with extractInputs. Prints each
// input slower than `--slow-ms` (the motif and context, to rebuild it), or "none slow":
//   node --import tsx bench/extract/hostile-search.ts [--seed 7] [--count 300] [--bytes 60000] [--slow-ms 300]
// Results: RESULTS.md run 26.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractInputs } from '../../src/extract/index.js';
import { prng } from './generate.js';
import { option } from '../options.js';

const rand = prng(Number(option('seed', '7')));
const COUNT = Number(option('count', '300'));
const BYTES = Number(option('bytes', '60000'));
const SLOW_MS = Number(option('slow-ms', '300'));
const dir = path.join('bench', 'tmp', `hostile-search-${process.pid}`);

const ALPHABET = ['[', ']', '(', ')', '!', '<', '>', '|', '-', ' ', '#', '`', '*', ':', '/', 'h', 't', 'p', 's', '.', 'g', 'i', 'a', '@', '?', '&', '=', '\t', '\\', '{', '}', '"', ',', '_', '~', '\u00a0', 'w', 'e', '\r', '1', 'x'];

/** Extension (the format), text before the repeated motif, text after it. */
const CONTEXTS: [string, string, string][] = [
  ['md', '- ', ''],
  ['md', '| ', ' |'],
  ['md', '# ', ''],
  ['md', '', ''],
  ['md', '[x]: https://github.com/a/b ', ''],
  ['md', '* [', '](https://github.com/a/b)'],
  ['txt', 'https://github.com/a/b', ''],
  ['txt', 'code will be ', ''],
  ['txt', 'www.', ''],
  ['txt', 'git@github.com:', ''],
  ['bib', '@article{x,\n  url = {', '}\n}'],
  ['bib', '@article{x,\n  ', '\n}'],
  ['jsonl', '', ''],
  ['json', '', ''],
  ['hf', 'Get trending papers in your email inbox!\n\nbyAK and the research community\n\nApr 18\n\nA title\n\n', ''],
  ['hf', 'byAK and the research community\n\nApr 18\n\n', '\n\nAn abstract https://github.com/a/b\n'],
];

const paper = (body: string) => JSON.stringify({ id: 'x', title: body, abstract: `code ${body} https://github.com/a/b` });

mkdirSync(dir, { recursive: true });
try {
  const slow: string[] = [];
  for (let k = 0; k < COUNT; k++) {
    const motif = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => ALPHABET[Math.floor(rand() * ALPHABET.length)]).join('');
    const [ext, before, after] = CONTEXTS[Math.floor(rand() * CONTEXTS.length)]!;
    const body = motif.repeat(Math.ceil(BYTES / motif.length));
    const text = ext === 'json' ? `[\n  ${paper(body)}\n]\n` : ext === 'jsonl' ? `${paper(body)}\n` : `${before}${body}${after}\n`;
    // A daily-papers dump is told by its text (the page header), not by its name.
    const file = path.join(dir, `line-${k}.${ext === 'hf' ? 'txt' : ext}`);
    writeFileSync(file, text);
    const start = performance.now();
    await extractInputs([file]);
    const ms = performance.now() - start;
    if (ms > SLOW_MS) slow.push(`${ms.toFixed(0)} ms  ${ext}  before ${JSON.stringify(before)}  motif ${JSON.stringify(motif)}  after ${JSON.stringify(after)}`);
    rmSync(file);
  }
  console.log(slow.length > 0 ? slow.join('\n') : `none slow (${COUNT} inputs of ${BYTES} bytes)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
