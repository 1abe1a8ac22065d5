// Inputs for the formats other than JSON Lines and Markdown, from the same corpus papers:
// a JSON array of arXiv-style records, a plain text of abstracts, a BibTeX file, a Hugging Face
// daily-papers dump, a YAML paper list, a CSV export and an API's answer (a JSON object wrapping
// its list of papers). Half the code links point at a repository no other paper cites.
import { createWriteStream } from 'node:fs';
import { stringify } from 'yaml';
import { corpusPapers, prng } from './generate.js';

type Shape = (p: { title: string; abstract: string }, n: number, rand: () => number) => string;

const unique = (abstract: string, n: number, rand: () => number) =>
  rand() < 0.5 ? abstract.replace(/github\.com\/([\w.-]+)\//g, `github.com/$1-${n}/`) : abstract;

/** A CSV cell, quoted as Zotero quotes every cell (a quote inside doubled). */
const cell = (text: string) => `"${text.replaceAll('"', '""')}"`;

/** An arXiv-style record, pretty-printed and indented by `indent` spaces. */
const prettyRecord = (indent: string): Shape => (p, n, rand) =>
  JSON.stringify({ id: `2401.${String(n).padStart(5, '0')}`, title: p.title, abstract: unique(p.abstract, n, rand), update_date: '2024-01-02' }, null, 2)
    .split('\n')
    .map((l) => `${indent}${l}`)
    .join('\n');

const SHAPES: Record<'json' | 'json-wrapper' | 'text' | 'bibtex' | 'hf-papers' | 'yaml' | 'csv', { head: string; item: Shape; between: string; tail: string }> = {
  // Pretty-printed, as `jq .` or a notebook would write it.
  json: { head: '[\n', item: prettyRecord('  '), between: ',\n', tail: '\n]\n' },
  // An API's answer saved whole, as Semantic Scholar's or OpenAlex's (`{"total": …, "data": […]}`).
  'json-wrapper': { head: '{\n  "total": 1000000,\n  "offset": 0,\n  "data": [\n', item: prettyRecord('    '), between: ',\n', tail: '\n  ]\n}\n' },
  text: { head: '', item: (p, n, rand) => `${p.title}\n\n${unique(p.abstract, n, rand)}\n\n`, between: '', tail: '' },
  bibtex: {
    head: '',
    item: (p, n, rand) => {
      const repo = /https?:\/\/github\.com\/[\w.-]+\/[\w.-]+/.exec(unique(p.abstract, n, rand))?.[0];
      const fields = [`  title = {${p.title}}`, '  author = {Doe, Jane and Roe, John}', '  year = {2024}', `  abstract = {${p.abstract.replace(/[{}]/g, '')}}`];
      if (repo) fields.push(rand() < 0.5 ? `  url = {${repo}}` : `  howpublished = {\\url{${repo}}}`);
      return `@article{paper${n},\n${fields.join(',\n')}\n}\n\n`;
    },
    between: '',
    tail: '',
  },
  // As MrNeRF/awesome-3D-gaussian-splatting keeps its list: long strings folded at 80 columns.
  yaml: {
    head: '',
    item: (p, n, rand) => {
      const abstract = unique(p.abstract, n, rand);
      const code = /https?:\/\/github\.com\/[\w.-]+\/[\w.-]+/.exec(abstract)?.[0] ?? null;
      return stringify([{ id: `paper${n}`, title: p.title, authors: 'Jane Doe, John Roe', year: '2024', abstract, paper: `https://arxiv.org/pdf/2401.${String(n).padStart(5, '0')}.pdf`, code, tags: ['Rendering', 'Dynamic'] }], { lineWidth: 80 });
    },
    between: '',
    tail: '',
  },
  // Zotero's CSV export, in its own column names.
  csv: {
    head: `${['Key', 'Item Type', 'Publication Year', 'Title', 'Url', 'Abstract Note'].map(cell).join(',')}\n`,
    item: (p, n, rand) => `${[`K${n}`, 'journalArticle', '2024', p.title, `https://arxiv.org/abs/2401.${String(n).padStart(5, '0')}`, unique(p.abstract, n, rand)].map(cell).join(',')}\n`,
    between: '',
    tail: '',
  },
  'hf-papers': {
    head: 'new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nbyAK and the research community\n\nApr 18\n\n',
    item: (p, n, rand) => `${p.title}\n\n${unique(p.abstract, n, rand)}\n\n• ${1 + (n % 9)} authors\n·\nFeb ${1 + (n % 28)}, 2024 ${n % 50}\n\n`,
    between: '',
    tail: '',
  },
};

export type OtherFormat = keyof typeof SHAPES;
export const OTHER_FORMATS = Object.keys(SHAPES) as OtherFormat[];

export async function generateFormat(format: OtherFormat, file: string, bytes: number, corpusDir = 'examples/hf-papers'): Promise<{ bytes: number; records: number }> {
  const papers = corpusPapers(corpusDir);
  const shape = SHAPES[format];
  const rand = prng(11);
  const out = createWriteStream(file);
  let written = 0;
  let records = 0;
  const write = async (text: string) => {
    written += Buffer.byteLength(text);
    if (!out.write(text)) await new Promise<void>((r) => out.once('drain', () => r()));
  };
  await write(shape.head);
  while (written < bytes) {
    if (records > 0) await write(shape.between);
    const n = records++;
    await write(shape.item(papers[Math.floor(rand() * papers.length)]!, n, rand));
  }
  await write(shape.tail);
  await new Promise<void>((r) => out.end(() => r()));
  return { bytes: written, records };
}
